import { describe, expect, it } from 'vitest';
import { createTokenBucketLimiter } from '../../src/security/rate-limit.js';

function limiter(options: { perMinute?: number; burst?: number; maxKeys?: number } = {}) {
  let now = 1_000_000;
  const limit = createTokenBucketLimiter({ perMinute: 60, burst: 3, maxKeys: 100, ...options, now: () => now });
  return { limit, advance: (ms: number) => (now += ms) };
}

describe('token bucket rate limiter', () => {
  it('allows a burst, then refuses with the seconds until the next token', () => {
    const { limit } = limiter({ perMinute: 30, burst: 3 });
    expect([1, 2, 3].map(() => limit.take('a'))).toEqual([2, 1, 0].map((remaining) => ({
      allowed: true, retryAfterSeconds: 0, remaining, resetSeconds: 2 * (3 - remaining),
    })));
    // 30 per minute: one token every 2 s.
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2, remaining: 0, resetSeconds: 6 });
  });

  it('refills at the configured rate, never above the burst', () => {
    const { limit, advance } = limiter({ perMinute: 60, burst: 3 });
    for (let i = 0; i < 3; i++) limit.take('a');
    advance(1_000);
    expect(limit.take('a').allowed).toBe(true);
    expect(limit.take('a').allowed).toBe(false);
    advance(3_600_000);
    expect([1, 2, 3, 4].map(() => limit.take('a').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps one bucket per key', () => {
    const { limit } = limiter({ burst: 1 });
    expect(limit.take('viewer-1').allowed).toBe(true);
    expect(limit.take('viewer-1').allowed).toBe(false);
    expect(limit.take('viewer-2').allowed).toBe(true);
  });

  it('takes several tokens for a batch', () => {
    const { limit } = limiter({ burst: 3 });
    expect(limit.take('a', 3).allowed).toBe(true);
    expect(limit.take('a', 1).allowed).toBe(false);
  });

  it('bounds memory: beyond maxKeys the least recently used bucket goes, so its viewer starts full again', () => {
    const { limit, advance } = limiter({ burst: 1, maxKeys: 100 });
    limit.take('first');
    for (let i = 0; i < 100; i++) {
      advance(1);
      limit.take(`other-${i}`);
    }
    // `first` was evicted: a fresh bucket, although no time passed for it to refill.
    expect(limit.take('first').allowed).toBe(true);
    // The most recent ones are still tracked.
    expect(limit.take('other-99').allowed).toBe(false);
  });
});
