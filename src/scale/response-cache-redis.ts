import { defineScript, type SharedRedis } from './redis.js';
import type { ResponseCacheBackend } from './response-cache.js';

// One hash per viewer: field `v` is the version, the others are entries of that version.
const store = defineScript(`
if (redis.call('HGET', KEYS[1], 'v') or '0') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'e:' .. ARGV[2], ARGV[3])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1`);
const invalidate = defineScript(`
local version = redis.call('HINCRBY', KEYS[1], 'v', 1)
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'v', version)
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return version`);

/** The version outlives any read still in flight at the bank (UPSTREAM_DEADLINE_MS is far shorter). */
const VERSION_TTL_MS = 10 * 60_000;

/**
 * The fleet's cache: a mutation through any instance is seen by every instance on its next read. An invalidation
 * that could not reach Redis is retried before that viewer's next cached read, and the viewer bypasses the cache
 * until it succeeds, so an outage cannot leave a stale list behind.
 */
export function createRedisBackend(redis: SharedRedis): ResponseCacheBackend {
  const keyOf = (viewer: string) => `${redis.prefix}rc:${viewer}`;
  const pending = new Set<string>();
  const invalidateNow = async (viewer: string) => {
    await redis.run('response-cache', (client) => invalidate(client, [keyOf(viewer)], [VERSION_TTL_MS]));
    pending.delete(viewer);
  };
  redis.onRecovered(() => {
    for (const viewer of pending) invalidateNow(viewer).catch(() => undefined);
  });
  return {
    async get(viewer, field) {
      if (pending.has(viewer)) await invalidateNow(viewer);
      const [version, entry] = await redis.run('response-cache', (client) => client.hmget(keyOf(viewer), 'v', `e:${field}`));
      return { version: version ?? '0', entry: entry ?? undefined };
    },
    async set(viewer, version, field, entry, ttlMs) {
      await redis.run('response-cache', (client) => store(client, [keyOf(viewer)], [version, field, entry, ttlMs]));
    },
    async invalidate(viewer) {
      try {
        await invalidateNow(viewer);
      } catch (error) {
        pending.add(viewer);
        throw error;
      }
    },
  };
}
