import type { CircuitBreaker } from '../breaker.js';
import type { UpstreamConfig } from '../config.js';
import type { UpstreamError } from '../errors.js';
import { retryDelay } from '../retry.js';
import type { RetryBudget } from '../retry-budget.js';
import type { TransportRequest } from '../transport.js';
import type { Deadline } from './deadline.js';

type RetryConfig = Pick<UpstreamConfig, 'maxRetries' | 'retryBaseMs' | 'retryMaxMs'>;

/**
 * Whether and when one call tries again. Only reads are retried: a POST/PUT/PATCH/DELETE that failed or timed out
 * may still have been applied. Never while the service's breaker is open, never past the call's deadline, and
 * only with a retry from the process-wide budget. A class: one per call, with no closures to allocate.
 */
export class RetryPolicy {
  private retries = 0;
  private readonly idempotent: boolean;

  constructor(
    method: TransportRequest['method'],
    private readonly config: RetryConfig,
    private readonly budget: Pick<RetryBudget, 'tryRetry'>,
    private readonly breaker: Pick<CircuitBreaker, 'state'>,
    private readonly deadline: Pick<Deadline, 'remainingMs'>,
    private readonly random: () => number = Math.random,
  ) {
    this.idempotent = method === 'GET';
  }

  /** How long to wait before retrying after `error`, or undefined: give up with it. A defined answer is a retry made. */
  delayAfter(error: UpstreamError, retryAfterMs?: number): number | undefined {
    if (!this.idempotent || !error.retryable || this.retries >= this.config.maxRetries) return undefined;
    if (this.breaker.state === 'open') return undefined;
    const delay = retryDelay(this.retries + 1, retryAfterMs, this.deadline.remainingMs, this.config, this.random);
    // Checked last: only a retry that will really be made spends from the budget.
    if (delay === undefined || !this.budget.tryRetry()) return undefined;
    this.retries++;
    return delay;
  }
}
