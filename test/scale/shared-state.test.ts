// The shared-state parts in-process, each "instance" with its own Redis connection and bank client, against a real
// Redis: what the fleet test cannot show from outside (what Redis holds, a Redis that hangs, races).
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisApqStore } from '../../src/scale/apq-store.js';
import { createRedisRateLimiter } from '../../src/scale/rate-limiter.js';
import { connectRedis, type SharedRedis } from '../../src/scale/redis.js';
import { createMemoryBackend } from '../../src/scale/response-cache-memory.js';
import { createRedisBackend } from '../../src/scale/response-cache-redis.js';
import { createRedisBankTokenStore } from '../../src/scale/bank-token-store.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createBankClient, type BankClient } from '../../src/upstream/client.js';
import { upstreamConfigFrom } from '../../src/upstream/config.js';
import { NO_REDIS, startRedis, type RedisServer } from './support.js';

if (NO_REDIS) console.warn(`test/scale/shared-state.test.ts skipped: ${NO_REDIS}`);

const SECRET = 'sandbox-secret';

describe.skipIf(NO_REDIS)('shared state in Redis', () => {
  let server: RedisServer;
  let sandbox: Sandbox;
  let inspect: Redis;
  const opened: Array<{ close(): Promise<unknown> }> = [];

  /**
   * One instance's connection, with its log lines and metrics. The command timeout is far above what Redis needs
   * even on a loaded machine, so only the test that stops Redis sees it expire (and it waits for nothing else).
   */
  async function instance(prefix = 'test:', timeoutMs = 5_000) {
    const lines: Array<{ level: number; msg: string }> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const registry = new Registry();
    const redis = await connectRedis({ url: server.url, timeoutMs, connectTimeoutMs: 20_000, prefix, logger, registry });
    opened.push(redis);
    const gauge = async () => (await registry.getSingleMetric('gateway_redis_up')!.get()).values[0]!.value;
    return { redis, lines, registry, gauge };
  }
  function bank(redis: SharedRedis): BankClient {
    const config = upstreamConfigFrom({ baseUrl: sandbox.url, clientId: 'sandbox-client', clientSecret: SECRET, institutionId: '00016' });
    const client = createBankClient(config, { tokenStore: createRedisBankTokenStore({ redis, config }) });
    opened.push(client);
    return client;
  }
  const tokenCalls = () => sandbox.requests().filter((r) => r.route === 'token').length;

  beforeAll(async () => {
    [server, sandbox] = await Promise.all([startRedis(), startSandbox()]);
    inspect = new Redis(server.url);
  }, 60_000);
  afterAll(async () => {
    for (const item of opened.reverse()) await item.close();
    inspect?.disconnect();
    await Promise.all([server?.stop('SIGKILL'), sandbox?.close()]);
  });

  it('fetches one token for three instances, stores it encrypted without the secret, and drops it fleet-wide on a 401', async () => {
    const banks = await Promise.all([1, 2, 3].map(async () => bank((await instance()).redis)));
    sandbox.clearRequests();
    const tokens = await Promise.all(banks.flatMap((b) => [b.tokens.getToken(), b.tokens.getToken()]));
    expect(new Set(tokens).size).toBe(1);
    expect(tokenCalls()).toBe(1);

    const stored = await Promise.all((await inspect.keys('*')).map((key) => inspect.get(key)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain(tokens[0]);
    expect(stored[0]).not.toContain(SECRET);

    // Instance 1 is refused with this token: instance 3 hears of it and stops using its own copy too.
    banks[0]!.tokens.invalidate(tokens[0]!);
    await expect.poll(() => banks[2]!.tokens.getToken()).not.toBe(tokens[0]);
    const fresh = await Promise.all(banks.map((b) => b.tokens.getToken()));
    expect(new Set(fresh).size).toBe(1);
    expect(tokenCalls()).toBe(2);
  });

  it('limits a viewer over instances with one atomic bucket, with the same Retry-After', async () => {
    const config = { perMinute: 60, burst: 3, maxViewers: 100 };
    const [a, b] = await Promise.all([instance(), instance()]);
    const limiters = [createRedisRateLimiter(a.redis, config), createRedisRateLimiter(b.redis, config)];
    const decisions = await Promise.all([0, 1, 2, 3, 4].map((i) => limiters[i % 2]!.take('hostUserId:42')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
    expect(decisions.filter((d) => !d.allowed).map((d) => d.retryAfterSeconds)).toEqual([1, 1]);
    // What is left travels back for the RateLimit-* headers: the bucket drained one point at a time.
    expect(decisions.filter((d) => d.allowed).map((d) => d.remaining).sort()).toEqual([0, 1, 2]);
    expect(decisions.filter((d) => !d.allowed).map((d) => d.remaining)).toEqual([0, 0]);
    expect(Math.max(...decisions.map((d) => d.resetSeconds))).toBe(3);
    expect((await limiters[1]!.take('hostUserId:43')).allowed).toBe(true);
    // The bank's user ids never appear in Redis: the buckets are named by a hash. (Not "no key contains 42": the
    // other keys are hex too, and some hold a 42 by chance.)
    const bucket = (viewer: string) => `test:rl:${createHash('sha256').update(viewer).digest('hex').slice(0, 32)}`;
    expect((await inspect.keys('test:rl:*')).sort()).toEqual([bucket('hostUserId:42'), bucket('hostUserId:43')].sort());
    expect((await inspect.keys('*')).filter((key) => key.includes('hostUserId'))).toEqual([]);
  });

  it('shares documents registered through APQ between instances', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const hash = 'a'.repeat(64);
    await createRedisApqStore(a.redis, 100_000).set(hash, '{ __typename }');
    expect(await createRedisApqStore(b.redis, 100_000).get(hash)).toBe('{ __typename }');
    expect(await createRedisApqStore(b.redis, 100_000).get('b'.repeat(64))).toBeUndefined();
  });

  it.each([
    ['Redis', async () => createRedisBackend((await instance()).redis)],
    ['memory', async () => createMemoryBackend(10)],
  ])('never stores in %s a response read before the viewer\'s mutation', async (_name, make) => {
    const backend = await make();
    const before = await backend.get('viewer-1', 'accounts');
    await backend.invalidate('viewer-1');
    await backend.set('viewer-1', before.version, 'accounts', `${Date.now() + 60_000}:["stale"]`, 60_000);
    expect((await backend.get('viewer-1', 'accounts')).entry).toBeUndefined();

    const now = await backend.get('viewer-1', 'accounts');
    await backend.set('viewer-1', now.version, 'accounts', `${Date.now() + 60_000}:["fresh"]`, 60_000);
    expect((await backend.get('viewer-1', 'accounts')).entry).toMatch(/"fresh"/);
    expect((await backend.get('viewer-2', 'accounts')).entry).toBeUndefined();
  });

  it('answers from the fallbacks while Redis hangs, says so once, and recovers by itself', async () => {
    const a = await instance('hang:', 500);
    const limiter = createRedisRateLimiter(a.redis, { perMinute: 60, burst: 2, maxViewers: 100 });
    const client = bank(a.redis);
    expect(await a.gauge()).toBe(1);

    server.proc.kill('SIGSTOP');
    try {
      const decisions = await Promise.all([limiter.take('v'), limiter.take('v'), limiter.take('v')]);
      // The local bucket decides, with the same limits.
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, false]);
      sandbox.clearRequests();
      expect(await client.tokens.getToken()).toEqual(expect.any(String));
      expect(tokenCalls()).toBe(1);
      expect(await a.gauge()).toBe(0);
    } finally {
      server.proc.kill('SIGCONT');
    }
    // Redis is tried again a second after the last failure; the first answer flips the state back.
    await expect.poll(async () => (await limiter.take('w')) && a.gauge(), { timeout: 30_000, interval: 100 }).toBe(1);
    const messages = a.lines.map((line) => line.msg);
    expect(messages.filter((m) => m.startsWith('Redis unavailable'))).toHaveLength(1);
    expect(messages.filter((m) => m.startsWith('Redis answers again'))).toHaveLength(1);
  }, 60_000);
});
