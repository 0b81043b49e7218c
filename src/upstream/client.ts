import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseBody, sendAttempt, upstreamError } from './attempt.js';
import type { PreparedCall } from './attempt.js';
import { breakerOutcome, createBreakers } from './breaker.js';
import { createBankCapabilities } from './capabilities.js';
import type { BankCapabilities } from './capabilities.js';
import type { Bulkhead } from './bulkhead.js';
import { createLimiter } from './limit.js';
import type { BreakerChangeEvent, BreakerState } from './breaker.js';
import type { UpstreamConfig } from './config.js';
import { UpstreamError, isRefusedTokenAnswer } from './errors.js';
import type { CallListener, UpstreamService } from './events.js';
import { buildQuery, resourcePath } from './paths.js';
import type { BankResource, QueryValue } from './paths.js';
import { parseRetryAfter, retryDelay } from './retry.js';
import { createRetryBudget } from './retry-budget.js';
import { createTokenProvider } from './token-provider.js';
import type { TokenProvider, TokenRefreshEvent } from './token-provider.js';
import type { BankTokenStore } from './bank-token-store.js';
import { timeoutSignal } from './timeout-signal.js';
import { createTransport } from './transport.js';
import type { TransportRequest } from './transport.js';
import type { UserContext } from './types.js';

export type { CallListener, UpstreamCallEvent, UpstreamService } from './events.js';
export type { BreakerChangeEvent, BreakerState } from './breaker.js';

export interface BankRequest {
  /** Also picks the resource path for the configured API style (paths.ts). */
  service: BankResource;
  method: TransportRequest['method'];
  /** The item within the service's collection (`…/accounts/{id}`); encoded by the client. */
  id?: string;
  /** Undefined values are not sent. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** false: a 2xx body is ignored (DELETE answers 204 without one). */
  expectBody?: boolean;
  /** Shape check of a 2xx body; failing it is an 'invalid-body' error rather than a crash later. */
  validate?: (body: unknown) => boolean;
}

export interface BankResponse<T> {
  status: number;
  body: T;
  transactionId: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  onCall?: CallListener;
  /** The operation's caps and viewer (bulkhead.ts); without one, only the process-wide socket cap applies. */
  bulkhead?: Bulkhead;
}

/** What every service function takes first: the shared client, whom the bank acts for, per-call options. */
export interface BankCallContext {
  client: BankClient;
  user: UserContext;
  call?: CallOptions;
}

export interface BankClient {
  request<T>(request: BankRequest, call?: CallOptions): Promise<BankResponse<T>>;
  tokens: TokenProvider;
  /** Where this bank takes the lenient or the strict reading of the contract (learned at run time). */
  capabilities: BankCapabilities;
  /** Each service's circuit breaker state (the breaker-state gauge). */
  breakerStates(): Record<UpstreamService, BreakerState>;
  /** Revokes the token (best effort) and closes the connection pool. */
  close(): Promise<void>;
}

export interface BankClientOptions {
  /** Every attempt of every call, token calls included (process-wide metrics). */
  onCall?: CallListener;
  onTokenRefresh?: (event: TokenRefreshEvent) => void;
  /** A service's circuit breaker opened, went half-open or closed. */
  onBreakerChange?: (event: BreakerChangeEvent) => void;
  /** Clock for token expiry (tests). */
  now?: () => number;
  /** Where the bank token is shared between instances (Redis); this process alone when absent. */
  tokenStore?: BankTokenStore;
}

/** One per process: the token provider and the keep-alive connection pool are shared by all requests. */
export function createBankClient(config: UpstreamConfig, options: BankClientOptions = {}): BankClient {
  const transport = createTransport(config);
  const breakers = createBreakers(config.breaker, { onChange: options.onBreakerChange });
  const budget = createRetryBudget(config.retryBudget);
  const tokens = createTokenProvider({
    config, transport, onCall: options.onCall, onRefresh: options.onTokenRefresh, now: options.now,
    breaker: breakers.get('token'), store: options.tokenStore,
  });

  // A call waits here for a socket, before its deadline starts: a queue inside the gateway is not the bank being
  // slow, and must never count as a bank timeout or open a breaker.
  const sockets = createLimiter(config.maxSockets);

  function request<T>(req: BankRequest, callOptions: CallOptions = {}): Promise<BankResponse<T>> {
    const { signal, bulkhead } = callOptions;
    const send = () => sockets(() => attempts<T>(req, callOptions), signal);
    return (bulkhead ? bulkhead.run(send, signal) : send()).catch((error: unknown) => {
      // The caller hung up while the call was still in line: nothing was sent, and nothing is said about the bank.
      if (signal?.aborted && error === signal.reason) {
        throw new UpstreamError({ service: req.service, kind: 'timeout', status: 0, retryable: false, message: `${req.service}: aborted by the caller while queued` });
      }
      throw error;
    });
  }

  async function attempts<T>(req: BankRequest, callOptions: CallOptions): Promise<BankResponse<T>> {
    const viewer = callOptions.bulkhead?.viewer;
    const path = resourcePath(config.apiStyle, req.service, req.id);
    const call: PreparedCall = {
      service: req.service, method: req.method, path, url: `${config.baseUrl}${path}${buildQuery(req.query)}`,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      expectBody: req.expectBody ?? true, validate: req.validate,
    };
    const startedAt = performance.now();
    const breaker = breakers.get(req.service);
    budget.recordRequest();
    const overallTimeout = timeoutSignal(config.deadlineMs, callOptions.signal);
    const overall = overallTimeout.signal;
    const aborted = (transactionId?: string) => callOptions.signal?.aborted
      ? upstreamError(call, transactionId, 'timeout', 0, 'aborted by the caller', false)
      : upstreamError(call, transactionId, 'timeout', 0, `deadline of ${config.deadlineMs} ms exceeded`, true);
    const pause = async (ms: number) => {
      try {
        await sleep(ms, undefined, { signal: overall });
      } catch {
        throw aborted();
      }
    };
    // Only reads are retried: a POST/PUT/PATCH/DELETE that failed or timed out may still have been applied.
    const idempotent = req.method === 'GET';
    let attempt = 0;
    let retries = 0;
    let refreshedAfter401 = false;
    let lastError: UpstreamError | undefined;
    const nextDelay = (error: UpstreamError, retryAfterMs?: number) => {
      if (!idempotent || !error.retryable || retries >= config.maxRetries || breaker.state === 'open') return undefined;
      const delay = retryDelay(retries + 1, retryAfterMs, config.deadlineMs - (performance.now() - startedAt), config);
      // Checked last: only a retry that will really be made spends from the budget.
      return delay !== undefined && budget.tryRetry() ? delay : undefined;
    };

    try {
      for (;;) {
        let permit = breaker.tryAcquire();
        // Half-open with its probes out: wait for their verdict rather than fail a whole dashboard at once.
        while (!permit && !lastError && breaker.state === 'half-open') {
          try {
            await untilAborted(breaker.nextChange(), overall);
          } catch {
            throw aborted();
          }
          permit = breaker.tryAcquire();
        }
        // A retry refused because the breaker opened meanwhile ends with the failure it would have retried.
        if (!permit) throw lastError ?? breaker.openError();
        let token: string;
        try {
          token = await untilAborted(tokens.getToken(), overall);
        } catch (error) {
          permit.done('ignored');
          if (!(error instanceof UpstreamError)) throw aborted();
          // Nothing reached the resource yet, so a transient token failure follows the usual retry rules.
          const delay = nextDelay(error);
          if (delay === undefined) throw error;
          lastError = error;
          retries++;
          await pause(delay);
          continue;
        }

        attempt++;
        const transactionId = randomUUID();
        const attemptStarted = performance.now();
        const result = await sendAttempt(transport, config, call, token, transactionId, overall);
        const status = result.response?.status ?? 0;
        const emit = (outcome: 'ok' | 'error' | 'retry') => {
          const event = { service: req.service, method: req.method, path, status, transactionId, attempt, outcome,
            durationMs: performance.now() - attemptStarted };
          options.onCall?.(event);
          callOptions.onCall?.(event);
        };
        if (result.ok) {
          const body = parseBody<T>(call, result.response, transactionId);
          permit.done(body instanceof UpstreamError ? breakerOutcome(body) : 'success', viewer);
          emit(body instanceof UpstreamError ? 'error' : 'ok');
          if (body instanceof UpstreamError) throw body;
          return { status, body, transactionId };
        }
        if (result.error.kind === 'timeout' && overall.aborted) {
          // Our deadline running out is the bank being slow; the caller hanging up says nothing about it.
          permit.done(callOptions.signal?.aborted ? 'ignored' : 'failure', viewer);
          emit('error');
          throw aborted(transactionId);
        }
        permit.done(breakerOutcome(result.error), viewer);
        lastError = result.error;
        // A refused token (401, or the strict reading's 400 CMN_90018) means the bank did nothing, so even a POST
        // is safe to send again, once, with a fresh token. invalidate() is a no-op if a parallel call already refreshed.
        if (isRefusedTokenAnswer(result.error) && !refreshedAfter401) {
          refreshedAfter401 = true;
          tokens.invalidate(token);
          emit('retry');
          continue;
        }
        const delay = nextDelay(result.error, parseRetryAfter(result.response?.headers['retry-after']));
        if (delay === undefined) {
          emit('error');
          throw result.error;
        }
        retries++;
        emit('retry');
        await pause(delay);
      }
    } finally {
      overallTimeout.dispose();
    }
  }

  let closing: Promise<void> | undefined;
  return {
    request,
    tokens,
    capabilities: createBankCapabilities(config.accountUpdate === 'patch'),
    breakerStates: () => breakers.states(),
    close() {
      closing ??= tokens.revoke().then(() => transport.close());
      return closing;
    },
  };
}

/** Waiting for the shared token ends at this caller's deadline without cancelling it for the others. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
