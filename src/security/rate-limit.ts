/** What a limiter answers for one request. */
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the request would be allowed; 0 when allowed. */
  retryAfterSeconds: number;
  /** Whole points left in the bucket after this request. */
  remaining: number;
  /** Whole seconds until the bucket is full again (the IETF `RateLimit-Reset`). */
  resetSeconds: number;
}

/** The decision for a bucket holding `tokens` after the request; shared by the in-memory and Redis buckets. */
export function rateDecision(allowed: boolean, tokens: number, cost: number, burst: number, perMs: number): RateDecision {
  return {
    allowed,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((cost - tokens) / perMs / 1000)),
    remaining: Math.max(0, Math.floor(tokens)),
    resetSeconds: Math.ceil((burst - tokens) / perMs / 1000),
  };
}

/**
 * Per-key budget of cost points (an operation spends its estimated cost, see cost.ts). Small on purpose: a shared store (Redis) implementation replaces the in-memory one when
 * the gateway runs as several instances, and may be asynchronous.
 */
export interface RateLimiter {
  take(key: string, tokens?: number): RateDecision | Promise<RateDecision>;
}

export interface TokenBucketOptions {
  /** Points added per minute. */
  perMinute: number;
  /** Bucket capacity in points. */
  burst: number;
  /** Buckets kept; beyond this the least recently used one is dropped (it would be refilled soon anyway). */
  maxKeys: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * In-memory token buckets. A bucket untouched long enough to be full again carries no information, so idle
 * buckets are dropped first and memory stays bounded by `maxKeys` whatever the number of viewers.
 */
export interface InMemoryRateLimiter extends RateLimiter {
  take(key: string, tokens?: number): RateDecision;
}

export function createTokenBucketLimiter({ perMinute, burst, maxKeys, now = Date.now }: TokenBucketOptions): InMemoryRateLimiter {
  const perMs = perMinute / 60_000;
  const refillMs = burst / perMs;
  // Map order is insertion order: re-inserting on use keeps the least recently used bucket first.
  const buckets = new Map<string, Bucket>();

  function evict(at: number): void {
    for (const [key, bucket] of buckets) {
      if (buckets.size <= maxKeys && at - bucket.updatedAt < refillMs) return;
      buckets.delete(key);
    }
  }

  return {
    take(key, tokens = 1) {
      const at = now();
      const previous = buckets.get(key);
      const bucket = previous ?? { tokens: burst, updatedAt: at };
      bucket.tokens = Math.min(burst, bucket.tokens + (at - bucket.updatedAt) * perMs);
      bucket.updatedAt = at;
      buckets.delete(key);
      buckets.set(key, bucket);
      if (!previous && buckets.size > maxKeys) evict(at);
      const allowed = bucket.tokens >= tokens;
      if (allowed) bucket.tokens -= tokens;
      return rateDecision(allowed, bucket.tokens, tokens, burst, perMs);
    },
  };
}
