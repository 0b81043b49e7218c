import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { SharedRedis } from './redis.js';

/**
 * Registered documents are re-registered by the client on a miss (the APQ handshake), so expiring one costs a
 * round trip, while keeping every document anyone ever registered would let Redis grow without bound.
 */
const SHARED_TTL_SECONDS = 24 * 3600;
/** Apollo registers a document only under the sha256 hex of its text: nothing else can ever be found. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Apollo's APQ store for a fleet: a document registered through one instance is found by all. Documents never
 * change under their hash, so each instance keeps what it has seen in a local LRU (no Redis round trip for hot
 * documents), and that LRU alone answers while Redis is down (a miss then only costs the client a retry).
 */
export function createRedisApqStore(redis: SharedRedis, localMaxBytes: number): KeyValueCache<string> {
  const local = new InMemoryLRUCache<string>({ maxSize: localMaxBytes });
  const keyOf = (hash: string) => `${redis.prefix}apq:${hash}`;
  return {
    async get(hash) {
      const near = await local.get(hash);
      if (near !== undefined || !SHA256_HEX.test(hash)) return near;
      const shared = await redis.run('apq', (client) => client.get(keyOf(hash))).catch(() => null);
      if (shared === null) return undefined;
      await local.set(hash, shared);
      return shared;
    },
    async set(hash, query, options) {
      await local.set(hash, query, options);
      const ttl = options?.ttl || SHARED_TTL_SECONDS;
      await redis.run('apq', (client) => client.set(keyOf(hash), query, 'EX', ttl)).catch(() => undefined);
    },
    async delete(hash) {
      await local.delete(hash);
      await redis.run('apq', (client) => client.del(keyOf(hash))).catch(() => undefined);
    },
  };
}
