import type { RetryBudgetConfig } from './resilience-config.js';
import { createRollingCounter } from './rolling-window.js';

/**
 * Retries that may ever be made, shared by every call of the process: without it, a bank that fails half of
 * its calls receives up to (1 + UPSTREAM_MAX_RETRIES) times the load just when it is least able to take it.
 */
export interface RetryBudget {
  /** A first attempt: earns `ratio` of a retry. */
  recordRequest(): void;
  /** Spends one retry; false (nothing spent) when the budget is exhausted. */
  tryRetry(): boolean;
  /** Retries still available now. */
  readonly available: number;
}

/** Earned retries and spent ones expire after this long, so a calm hour cannot fund a storm later. */
export const RETRY_BUDGET_WINDOW_MS = 10_000;

/**
 * Finagle's retry budget: over any 10 s, retries ≤ ratio × first attempts + minPerSecond × 10. The minimum
 * reserve lets a process with little traffic still retry an isolated failure.
 */
export function createRetryBudget(config: RetryBudgetConfig, now: () => number = () => performance.now()): RetryBudget {
  const window = createRollingCounter<'requests' | 'retries'>(RETRY_BUDGET_WINDOW_MS, 10, now);
  const reserve = config.minPerSecond * (RETRY_BUDGET_WINDOW_MS / 1000);
  const available = () => reserve + config.ratio * window.sum('requests') - window.sum('retries');
  return {
    recordRequest() {
      window.add('requests');
    },
    tryRetry() {
      if (available() < 1) return false;
      window.add('retries');
      return true;
    },
    get available() {
      return Math.max(0, available());
    },
  };
}
