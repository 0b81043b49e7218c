import { createTokenBucketLimiter, rateDecision, type RateLimiter } from '../security/rate-limit.js';
import type { RateLimitConfig } from '../security/config.js';
import { sha256Hex } from './namespace.js';
import { defineScript, type SharedRedis } from './redis.js';

// The same token bucket as security/rate-limit.ts, atomic in Redis and on Redis's clock (instances' clocks differ).
const takeTokens = defineScript(`
local per_ms, burst, cost, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or burst
local at = tonumber(bucket[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
local allowed = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], ttl)
-- Lua numbers become integers on the way out: the fraction travels as a string.
return {allowed, tostring(tokens)}`);

/**
 * Per-viewer limits for the whole fleet: a viewer cannot get N times the budget by spreading requests over N
 * instances. While Redis is unavailable each instance enforces the same limits on its own (so the fleet allows up
 * to N times the budget) rather than refusing or delaying requests.
 */
export function createRedisRateLimiter(redis: SharedRedis, config: RateLimitConfig): RateLimiter {
  const local = createTokenBucketLimiter({ perMinute: config.perMinute, burst: config.burst, maxKeys: config.maxViewers });
  const perMs = config.perMinute / 60_000;
  // A bucket untouched until it is full again carries no information.
  const ttlMs = Math.ceil(config.burst / perMs) + 1_000;
  return {
    async take(key, tokens = 1) {
      try {
        // Hashed: the bank's user ids stay out of Redis's key space.
        const bucketKey = `${redis.prefix}rl:${sha256Hex(key).slice(0, 32)}`;
        const [allowed, left] = (await redis.run('rate-limit', (client) =>
          takeTokens(client, [bucketKey], [perMs, config.burst, tokens, ttlMs]))) as [number, string];
        return rateDecision(allowed === 1, Number(left), tokens, config.burst, perMs);
      } catch {
        return local.take(key, tokens);
      }
    },
  };
}
