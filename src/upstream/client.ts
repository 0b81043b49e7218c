import { breakerOutcome, createBreakers } from './breaker.js';
import type { BreakerChangeEvent, BreakerState } from './breaker.js';
import type { Bulkhead } from './bulkhead.js';
import { createBankCapabilities } from './capabilities.js';
import type { BankCapabilities } from './capabilities.js';
import { attemptEvent, parseBody, sendAttempt } from './client/attempt.js';
import type { Attempt } from './client/attempt.js';
import { Authorisation } from './client/authorise.js';
import { waitForPermit } from './client/breaker-permit.js';
import { classifyFailure } from './client/classify.js';
import { Deadline } from './client/deadline.js';
import { whenInLine } from './client/queue.js';
import { resolveCall } from './client/resolve.js';
import type { BankRequest, PreparedCall } from './client/resolve.js';
import { RetryPolicy } from './client/retry-policy.js';
import type { UpstreamConfig } from './config.js';
import { UpstreamError } from './errors.js';
import type { CallListener, UpstreamCallEvent, UpstreamService } from './events.js';
import { createLimiter } from './limit.js';
import { parseRetryAfter } from './retry.js';
import { createRetryBudget } from './retry-budget.js';
import { createTokenProvider } from './token-provider.js';
import type { TokenProvider, TokenRefreshEvent } from './token-provider.js';
import type { BankTokenStore } from './bank-token-store.js';
import { createTransport } from './transport.js';
import type { UserContext } from './types.js';

export type { CallListener, UpstreamCallEvent, UpstreamService } from './events.js';
export type { BreakerChangeEvent, BreakerState } from './breaker.js';
export type { BankRequest } from './client/resolve.js';

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

  const sockets = createLimiter(config.maxSockets);
  const report = (call: PreparedCall, attempt: Attempt, outcome: UpstreamCallEvent['outcome'], perCall?: CallListener) => {
    const event = attemptEvent(call, attempt, outcome);
    options.onCall?.(event);
    perCall?.(event);
  };

  /**
   * One call (docs/bank-client.md): it waits in line (bulkheads, then a socket); then, within its deadline, its URL
   * is resolved and each attempt takes a breaker permit and the token, is sent, and its failure is classified: the
   * call ends, or refreshes the token, or retries after a pause if the retry policy allows.
   */
  function request<T>(req: BankRequest, callOptions: CallOptions = {}): Promise<BankResponse<T>> {
    return whenInLine(req.service, sockets, () => send<T>(req, callOptions), callOptions);
  }

  async function send<T>(req: BankRequest, callOptions: CallOptions): Promise<BankResponse<T>> {
    const call = resolveCall(config, req);
    const breaker = breakers.get(call.service);
    budget.recordRequest();
    const deadline = new Deadline(call, config.deadlineMs, callOptions.signal);
    const retries = new RetryPolicy(call.method, config, budget, breaker, deadline);
    const authorisation = new Authorisation(tokens, deadline);
    const viewer = callOptions.bulkhead?.viewer;
    let lastError: UpstreamError | undefined;
    let attempts = 0;
    try {
      for (;;) {
        const permit = breaker.tryAcquire() ?? (await waitForPermit(breaker, deadline, lastError));
        let token: string;
        try {
          token = await authorisation.token();
        } catch (error) {
          permit.done('ignored');
          if (!(error instanceof UpstreamError)) throw deadline.error();
          // Nothing reached the resource yet, so a transient token failure follows the usual retry rules.
          const delay = retries.delayAfter(error);
          if (delay === undefined) throw error;
          lastError = error;
          await deadline.pause(delay);
          continue;
        }

        const attempt = await sendAttempt(transport, config, call, token, ++attempts, deadline);
        if (attempt.ok) {
          const body = parseBody<T>(call, attempt.response, attempt.transactionId);
          const invalid = body instanceof UpstreamError;
          permit.done(invalid ? breakerOutcome(body) : 'success', viewer);
          report(call, attempt, invalid ? 'error' : 'ok', callOptions.onCall);
          if (invalid) throw body;
          return { status: attempt.status, body, transactionId: attempt.transactionId };
        }
        const verdict = classifyFailure(attempt.error, deadline);
        permit.done(verdict.breaker, viewer);
        if (verdict.next === 'stop') {
          report(call, attempt, 'error', callOptions.onCall);
          throw deadline.error(attempt.transactionId);
        }
        lastError = attempt.error;
        if (verdict.next === 'refresh-token' && authorisation.refreshAfterRefusal(token)) {
          report(call, attempt, 'retry', callOptions.onCall);
          continue;
        }
        // After permit.done(): a failure that just opened the breaker is not retried.
        const delay = retries.delayAfter(attempt.error, parseRetryAfter(attempt.response?.headers['retry-after']));
        report(call, attempt, delay === undefined ? 'error' : 'retry', callOptions.onCall);
        if (delay === undefined) throw attempt.error;
        await deadline.pause(delay);
      }
    } finally {
      deadline.dispose();
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
