import { randomUUID } from 'node:crypto';
import { breakerOutcome } from './breaker.js';
import type { CircuitBreaker } from './breaker.js';
import type { UpstreamConfig } from './config.js';
import { UpstreamError, parseErrorBody, scrubMessage } from './errors.js';
import type { CallListener } from './events.js';
import { REVOKE_PATH, TOKEN_PATH } from './paths.js';
import { isRetryableStatus } from './retry.js';
import { localBankTokenStore, tokenDigest } from './bank-token-store.js';
import type { StoredToken, BankTokenStore } from './bank-token-store.js';
import { timeoutSignal } from './timeout-signal.js';
import { NetworkError } from './transport.js';
import type { Transport, TransportResponse } from './transport.js';

export interface TokenProvider {
  /** A valid access token; concurrent callers share one token request. */
  getToken(): Promise<string>;
  /** The current token while it needs no refresh, else undefined: every bank call asks, and most need no promise. */
  usable(): string | undefined;
  /** Drops `token` if it is still the current one, so many parallel 401s cause one refresh. */
  invalidate(token: string): void;
  /** Best-effort revoke of the current token (shutdown). Never throws. */
  revoke(): Promise<void>;
  /** Token requests made so far (successful or not). */
  readonly refreshCount: number;
  /**
   * After a CMN_90012 refusal: which configured scopes the bank refuses, asked one scope per token request (the
   * bank does not say which). Asked once per process; diagnosis only, the tokens it gets are not used.
   */
  refusedScopes(): Promise<string[]>;
}

export interface TokenRefreshEvent {
  reason: 'initial' | 'expiring' | 'expired' | 'invalidated';
  ok: boolean;
  durationMs: number;
}

export interface TokenProviderOptions {
  config: UpstreamConfig;
  transport: Transport;
  onRefresh?: ((event: TokenRefreshEvent) => void) | undefined;
  onCall?: CallListener | undefined;
  /** Clock for expiry decisions (tests); defaults to Date.now. */
  now?: (() => number) | undefined;
  /** The token service's breaker: while it is open, refreshes fail fast instead of queueing on a dead endpoint. */
  breaker?: CircuitBreaker | undefined;
  /** Shares the token with other processes (src/scale/bank-token-store.ts); this process alone by default. */
  store?: BankTokenStore | undefined;
}

type CachedToken = StoredToken;

/** Shutdown must not hang on a slow bank: revoking is only hygiene. */
const REVOKE_TIMEOUT_CAP_MS = 2_000;

export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const { config, transport, onRefresh, onCall, now = Date.now, breaker, store = localBankTokenStore } = options;
  const basic = `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`, 'utf8').toString('base64')}`;
  const secrets = [config.clientSecret, basic];
  let current: CachedToken | undefined;
  let inflight: Promise<CachedToken> | undefined;
  let hadToken = false;
  let refreshCount = 0;
  /** The last token dropped as refused: a shared store must not hand it back while its deletion is on the way. */
  let dropped: string | undefined;
  store.onInvalidated((digest) => {
    if (current && tokenDigest(current.token) === digest) {
      dropped = current.token;
      current = undefined;
    }
  });

  async function post(path: string, method: 'POST' | 'DELETE', body: string, timeoutMs: number) {
    const transactionId = randomUUID();
    const started = performance.now();
    const headers = {
      Authorization: basic, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json',
      transactionId, institutionId: config.institutionId,
    };
    const emit = (status: number, ok: boolean) => onCall?.({
      service: 'token', method, path, status, durationMs: performance.now() - started, transactionId, attempt: 1,
      outcome: ok ? 'ok' : 'error',
    });
    let response: TransportResponse;
    const timeout = timeoutSignal(timeoutMs);
    try {
      response = await transport.send({ method, url: `${config.baseUrl}${path}`, headers, body, signal: timeout.signal });
    } catch (error) {
      emit(0, false);
      const what = error instanceof NetworkError ? error.message : `timed out after ${timeoutMs} ms`;
      throw tokenError(`${method} ${path}: ${what}`, 0, transactionId, true);
    } finally {
      timeout.dispose();
    }
    emit(response.status, response.status >= 200 && response.status < 300);
    return { response, transactionId };
  }

  const tokenRequest = (scopes: readonly string[]) => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', scopes: scopes.join(' ') });
    return post(TOKEN_PATH, 'POST', form.toString(), config.timeoutMs);
  };
  let refused: Promise<string[]> | undefined;

  async function fetchToken(): Promise<CachedToken> {
    // Expiry counts from before the request was sent: the bank's clock started later than ours.
    const requestedAt = now();
    const { response, transactionId } = await tokenRequest(config.scopes);
    if (response.status !== 200) {
      const { code, message } = parseErrorBody(response.bodyText);
      const detail = [code, message && scrubMessage(message, secrets)].filter(Boolean).join(' ');
      throw tokenError(`POST ${TOKEN_PATH}: HTTP ${response.status} ${detail}`.trim(), response.status,
        transactionId, isRetryableStatus(response.status), code);
    }
    const parsed = parseTokenBody(response.bodyText);
    if (!parsed) {
      throw tokenError(`POST ${TOKEN_PATH}: HTTP 200 without a usable access_token/expires_in`, 200,
        transactionId, false);
    }
    const lifetimeMs = parsed.expiresInSeconds * 1000;
    const skewMs = config.tokenRefreshSkewSeconds * 1000;
    // With a lifetime under twice the skew, "expiry minus skew" falls before half-life (before issue
    // time once the lifetime is under the skew), so most of each token's life would be spent refreshing
    // it and every call would trigger another refresh. Half-life still refreshes well ahead of expiry.
    const refreshInMs = lifetimeMs < 2 * skewMs ? lifetimeMs / 2 : lifetimeMs - skewMs;
    return { token: parsed.accessToken, refreshAt: requestedAt + refreshInMs, expiresAt: requestedAt + lifetimeMs };
  }

  function refresh(reason: TokenRefreshEvent['reason']): Promise<CachedToken> {
    if (inflight) return inflight;
    // Guarded, counted and reported only when this process asks the bank: a token that another instance
    // fetched (shared store) is no refresh here.
    const request = (): Promise<CachedToken> => {
      const permit = breaker?.tryAcquire();
      if (breaker && !permit) return Promise.reject(breaker.openError());
      refreshCount++;
      const started = performance.now();
      const report = (ok: boolean) => onRefresh?.({ reason, ok, durationMs: performance.now() - started });
      return fetchToken().then((token) => {
        permit?.done('success');
        report(true);
        return token;
      }, (error: unknown) => {
        permit?.done(error instanceof UpstreamError ? breakerOutcome(error) : 'failure');
        report(false);
        throw error;
      });
    };
    inflight = store.refresh(request, current?.token ?? dropped)
      .then((token) => {
        current = token;
        hadToken = true;
        return token;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  }

  const usable = () => {
    const cached = current;
    return cached && now() < cached.refreshAt ? cached.token : undefined;
  };

  return {
    get refreshCount() {
      return refreshCount;
    },
    usable,
    async getToken() {
      const inHand = usable();
      if (inHand !== undefined) return inHand;
      const at = now();
      const cached = current;
      const reason = cached ? (at < cached.expiresAt ? 'expiring' : 'expired') : hadToken ? 'invalidated' : 'initial';
      const pending = refresh(reason);
      if (cached && at < cached.expiresAt) {
        // Still valid: hand it out while the refresh runs, so no caller waits on the token endpoint
        // while a usable token exists. A failed background refresh is retried by the next caller.
        pending.catch(() => undefined);
        return cached.token;
      }
      return (await pending).token;
    },
    refusedScopes() {
      refused ??= (async () => {
        const answers: Array<{ response: TransportResponse } | undefined> = [];
        // One at a time: a diagnosis must not add a burst to a token endpoint that is already refusing us.
        for (const scope of config.scopes) answers.push(await tokenRequest([scope]).catch(() => undefined));
        return config.scopes.filter((_, i) => {
          const answer = answers[i]?.response;
          return answer?.status === 400 && parseErrorBody(answer.bodyText).code === 'CMN_90012';
        });
      })();
      return refused;
    },
    invalidate(token) {
      if (current?.token !== token) return;
      current = undefined;
      dropped = token;
      store.invalidate(token);
    },
    async revoke() {
      const cached = current;
      if (!cached) return;
      current = undefined;
      // The other instances go on using a shared token after this one stops.
      if (store.shared) return;
      const body = new URLSearchParams({ token: cached.token }).toString();
      await post(REVOKE_PATH, 'DELETE', body, Math.min(config.timeoutMs, REVOKE_TIMEOUT_CAP_MS)).catch(() => undefined);
    },
  };
}

function tokenError(message: string, status: number, transactionId: string, retryable: boolean, code?: string) {
  return new UpstreamError({ service: 'token', kind: 'token', status, code, transactionId, retryable,
    message: `token ${message}` });
}

/** `expires_in` is a string in the 1.11 schema and a number in older examples: accept both. */
function parseTokenBody(text: string): { accessToken: string; expiresInSeconds: number } | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { access_token: accessToken, expires_in: expiresIn } = body as Record<string, unknown>;
  const seconds = typeof expiresIn === 'number' ? expiresIn
    : typeof expiresIn === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(expiresIn) ? Number(expiresIn) : NaN;
  if (typeof accessToken !== 'string' || accessToken === '' || !(seconds > 0)) return undefined;
  return { accessToken, expiresInSeconds: seconds };
}
