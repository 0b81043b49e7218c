import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { tokenDigest, type StoredToken, type BankTokenStore } from '../upstream/bank-token-store.js';
import type { UpstreamConfig } from '../upstream/config.js';
import { bankNamespace } from './namespace.js';
import { defineScript, RedisUnavailableError, type SharedRedis } from './redis.js';
import { createSealer } from './seal.js';

/** How often an instance waiting for another one's token looks for it. */
const POLL_MS = 20;

const releaseLock = defineScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`);
// The value starts with the token's digest, so a refused token is deleted only if it is still the stored one.
const deleteIfCurrent = defineScript(`
local value = redis.call('GET', KEYS[1])
if value and string.sub(value, 1, #ARGV[1] + 1) == ARGV[1] .. '.' then return redis.call('DEL', KEYS[1]) end
return 0`);

export interface RedisBankTokenStoreOptions {
  redis: SharedRedis;
  config: UpstreamConfig;
  now?: () => number;
}

/**
 * One bank token for the whole fleet. Whoever finds it missing or due takes a lock (SET NX PX) and asks the bank;
 * the others poll for the result (or, in the provider, keep using the still valid current one). The token is
 * stored encrypted with a key derived from the client secret: Redis never holds the secret, and what it holds is
 * of no use without it. A Redis failure at any step means asking the bank from this process, as without Redis.
 */
export function createRedisBankTokenStore({ redis, config, now = Date.now }: RedisBankTokenStoreOptions): BankTokenStore {
  const sealer = createSealer(config.clientSecret, 'token-store');
  // A rotated secret gets a key of its own, so old and new instances of a rolling deploy do not overwrite each other.
  const tokenKey = `${redis.prefix}token:${bankNamespace(config)}:${sealer.keyId}`;
  const lockKey = `${tokenKey}:lock`;
  const channel = `${redis.prefix}token:invalidated`;
  // The holder's bank request is over by then, one way or the other.
  const lockMs = config.timeoutMs + 1_000;

  const seal = (token: StoredToken): string => `${tokenDigest(token.token)}.${sealer.seal(JSON.stringify(token))}`;
  const open = (value: string): StoredToken | undefined => {
    const plaintext = sealer.open(value.slice(value.indexOf('.') + 1));
    const parsed = plaintext === undefined ? undefined : (JSON.parse(plaintext) as { token?: unknown });
    return typeof parsed?.token === 'string' ? (parsed as StoredToken) : undefined;
  };
  const readFresh = async (stale: string | undefined): Promise<StoredToken | undefined> => {
    const value = await redis.run('token', (client) => client.get(tokenKey));
    const token = value ? open(value) : undefined;
    return token && token.token !== stale && now() < token.refreshAt ? token : undefined;
  };
  const store = async (token: StoredToken): Promise<void> => {
    const ttlMs = Math.ceil(token.expiresAt - now());
    if (ttlMs > 0) await redis.run('token', (client) => client.set(tokenKey, seal(token), 'PX', ttlMs));
  };

  async function refreshShared(request: () => Promise<StoredToken>, stale: string | undefined): Promise<StoredToken> {
    const owner = randomUUID();
    const giveUpAt = Date.now() + lockMs;
    for (;;) {
      const found = await readFresh(stale);
      if (found) return found;
      if ((await redis.run('token', (client) => client.set(lockKey, owner, 'PX', lockMs, 'NX'))) === 'OK') {
        try {
          // The previous holder may have stored its token between our read and our lock.
          const again = await readFresh(stale).catch(() => undefined);
          if (again) return again;
          const token = await request();
          await store(token).catch(() => undefined);
          return token;
        } finally {
          await redis.run('token', (client) => releaseLock(client, [lockKey], [owner])).catch(() => undefined);
        }
      }
      // A holder that went quiet (crashed mid-request) must not keep this instance from the bank.
      if (Date.now() >= giveUpAt) return request();
      await sleep(POLL_MS);
    }
  }

  return {
    shared: true,
    async refresh(request, stale) {
      try {
        return await refreshShared(request, stale);
      } catch (error) {
        if (error instanceof RedisUnavailableError) return request();
        throw error;
      }
    },
    invalidate(token) {
      const digest = tokenDigest(token);
      redis
        .run('token', async (client) => {
          if (await deleteIfCurrent(client, [tokenKey], [digest])) await client.publish(channel, digest);
        })
        .catch(() => undefined);
    },
    onInvalidated(listener) {
      redis.subscribe(channel, listener);
    },
  };
}
