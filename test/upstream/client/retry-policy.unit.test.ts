import { describe, expect, it } from 'vitest';
import type { BreakerState } from '../../../src/upstream/breaker.js';
import { RetryPolicy } from '../../../src/upstream/client/retry-policy.js';
import type { TransportRequest } from '../../../src/upstream/transport.js';
import { failure } from './fixtures.js';

const config = { maxRetries: 3, retryBaseMs: 100, retryMaxMs: 2_000 };

/** Full jitter at its top (random = 1): each delay is the exponential step itself, so the retry number shows. */
function setup(options: { method?: TransportRequest['method']; budget?: number; remainingMs?: number; state?: BreakerState } = {}) {
  const budget = {
    left: options.budget ?? 10,
    tryRetry() {
      if (budget.left === 0) return false;
      budget.left--;
      return true;
    },
  };
  const breaker = { state: options.state ?? 'closed' };
  const deadline = { remainingMs: options.remainingMs ?? 10_000 };
  const policy = new RetryPolicy(options.method ?? 'GET', config, budget, breaker, deadline, () => 1);
  return { policy, budget, breaker, deadline };
}

describe('RetryPolicy', () => {
  it('retries a failed GET up to UPSTREAM_MAX_RETRIES times with exponential backoff, one budget retry each', () => {
    const { policy, budget } = setup();
    expect([1, 2, 3, 4].map(() => policy.delayAfter(failure()))).toEqual([100, 200, 400, undefined]);
    expect(budget.left).toBe(7);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('never retries a %s, and spends nothing', (method) => {
    const { policy, budget } = setup({ method });
    expect(policy.delayAfter(failure())).toBeUndefined();
    expect(budget.left).toBe(10);
  });

  it('does not retry an answer that will not change (a 4xx)', () => {
    expect(setup().policy.delayAfter(failure({ status: 404, retryable: false }))).toBeUndefined();
  });

  it('does not retry while the service\'s breaker is open', () => {
    const { policy, breaker } = setup();
    breaker.state = 'open';
    expect(policy.delayAfter(failure())).toBeUndefined();
    breaker.state = 'half-open';
    expect(policy.delayAfter(failure())).toBe(100);
  });

  it('waits what Retry-After asks on top of the jitter, and gives up when that is beyond UPSTREAM_RETRY_MAX_MS', () => {
    const { policy } = setup();
    expect(policy.delayAfter(failure({ status: 429 }), 1_000)).toBe(1_100);
    expect(policy.delayAfter(failure({ status: 429 }), 30_000)).toBeUndefined();
  });

  it('gives up when the wait would outlast the deadline, without spending from the budget', () => {
    const { policy, budget, deadline } = setup({ remainingMs: 100 });
    expect(policy.delayAfter(failure())).toBeUndefined();
    expect(budget.left).toBe(10);
    deadline.remainingMs = 101;
    expect(policy.delayAfter(failure())).toBe(100);
  });

  it('gives up when the process-wide budget is spent, and such a refusal is not a retry made', () => {
    const { policy, budget } = setup({ budget: 0 });
    expect(policy.delayAfter(failure())).toBeUndefined();
    budget.left = 1;
    expect(policy.delayAfter(failure())).toBe(100);
  });
});
