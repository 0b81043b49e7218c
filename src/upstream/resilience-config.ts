import { readBool, readDecimal, readInt, type Env } from '../env.js';

export interface BreakerConfig {
  /** false: every call goes through and no state is kept (BREAKER_ENABLED). */
  enabled: boolean;
  /** The rolling window over which calls and failures are counted. */
  windowMs: number;
  /** Fewer calls than this in the window never open the breaker: a handful of errors is not a trend. */
  minCalls: number;
  /** Share of failed calls in the window (from minCalls on) that opens the breaker. */
  failureRatio: number;
  /**
   * Distinct viewers whose calls failed in the window before it opens: the bank's health, not one customer's
   * burst or unreadable history. Failures of the gateway's own calls (token) count as everyone's.
   */
  minViewers: number;
  /** How long an open breaker fails fast before letting probe calls through. */
  cooldownMs: number;
  /**
   * Probe calls let through at once when half-open; this many successes in a row close the breaker. Other calls
   * meanwhile wait for the verdict (within their deadline) instead of failing.
   */
  halfOpenProbes: number;
}

export interface RetryBudgetConfig {
  /** Retries allowed per first attempt, averaged over the budget window (0.2: retries add at most ~20 % load). */
  ratio: number;
  /** Retries always allowed regardless of traffic, so a quiet process can still retry a single blip. */
  minPerSecond: number;
}

export interface ResilienceConfig {
  breaker: BreakerConfig;
  retryBudget: RetryBudgetConfig;
}

export const DEFAULT_BREAKER: BreakerConfig = {
  enabled: true, windowMs: 10_000, minCalls: 20, failureRatio: 0.5, minViewers: 3, cooldownMs: 5_000, halfOpenProbes: 1,
};

export const DEFAULT_RETRY_BUDGET: RetryBudgetConfig = { ratio: 0.2, minPerSecond: 10 };

/** BREAKER_* and RETRY_BUDGET_*; unset variables keep the defaults above. */
export function loadResilienceConfig(env: Env): ResilienceConfig {
  return {
    breaker: {
      enabled: readBool(env, 'BREAKER_ENABLED', DEFAULT_BREAKER.enabled),
      windowMs: readInt(env, 'BREAKER_WINDOW_MS', DEFAULT_BREAKER.windowMs, 100, 600_000),
      minCalls: readInt(env, 'BREAKER_MIN_CALLS', DEFAULT_BREAKER.minCalls, 1, 100_000),
      failureRatio: readDecimal(env, 'BREAKER_FAILURE_RATIO', DEFAULT_BREAKER.failureRatio, 0.01, 1),
      minViewers: readInt(env, 'BREAKER_MIN_VIEWERS', DEFAULT_BREAKER.minViewers, 1, 10_000),
      cooldownMs: readInt(env, 'BREAKER_COOLDOWN_MS', DEFAULT_BREAKER.cooldownMs, 1, 600_000),
      halfOpenProbes: readInt(env, 'BREAKER_HALF_OPEN_PROBES', DEFAULT_BREAKER.halfOpenProbes, 1, 100),
    },
    retryBudget: {
      ratio: readDecimal(env, 'RETRY_BUDGET_RATIO', DEFAULT_RETRY_BUDGET.ratio, 0, 10),
      minPerSecond: readDecimal(env, 'RETRY_BUDGET_MIN_PER_SECOND', DEFAULT_RETRY_BUDGET.minPerSecond, 0, 10_000),
    },
  };
}
