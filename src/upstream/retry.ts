import type { UpstreamConfig } from './config.js';

/**
 * Statuses worth a second try. All 5xx are included on purpose: Candescent's gateway reports quota and
 * spike-arrest violations as HTTP 500 (CMN_90001/CMN_90002, contract §10), not as 429.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** `Retry-After` as delta-seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(header: string | undefined, nowMs = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

type RetryTiming = Pick<UpstreamConfig, 'retryBaseMs' | 'retryMaxMs'>;

/**
 * How long to wait before retry number `retry` (1-based), or undefined to give up now.
 * Full jitter (a random wait up to the exponential step) keeps many gateway instances that failed
 * together from retrying together.
 */
export function retryDelay(
  retry: number, retryAfterMs: number | undefined, remainingMs: number, timing: RetryTiming,
  random: () => number = Math.random,
): number | undefined {
  const jitter = random() * Math.min(timing.retryMaxMs, timing.retryBaseMs * 2 ** (retry - 1));
  // The bank said when it will take the call again. Waiting longer than our cap or the deadline keeps a
  // user waiting for an answer we will not get, and retrying earlier just earns another 429: so fail
  // fast with the bank's own answer instead.
  if (retryAfterMs !== undefined && retryAfterMs > timing.retryMaxMs) return undefined;
  const delay = (retryAfterMs ?? 0) + jitter;
  return delay < remainingMs ? delay : undefined;
}
