// Three gateway processes (src/main.ts, as deployed) that share nothing but one real Redis, over one sandbox bank.
// Processes rather than in-process gateways: module state, timers and sockets cannot leak between instances here.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createSeed, SEED_USERS } from '../../src/sandbox/seed.js';
import type { UserContext } from '../../src/upstream/types.js';
import { TEST_JWT_SECRET } from '../support/gateway.js';
import { ask, bankEnv, NO_REDIS, spawnGateway, startRedis, type GatewayProcess, type RedisServer } from './support.js';

if (NO_REDIS) console.warn(`test/scale/fleet.test.ts skipped: ${NO_REDIS}`);

const { retailRich: rich, retailSingle: single, retailEmpty: empty, business } = SEED_USERS;
const LIST = '{ viewer { accounts { id nickName } } }';
const UPDATE = `mutation($id: ID!, $input: AccountUpdateInput!) { accountUpdate(id: $id, input: $input) { account { nickName } userErrors { code } } }`;
const globalId = (type: string, bankId: string) => Buffer.from(`${type}:${bankId}`).toString('base64url');
const seed = createSeed();

describe.skipIf(NO_REDIS)('a fleet of 3 gateway processes sharing one Redis', () => {
  let redis: RedisServer;
  let sandbox: Sandbox;
  let fleet: GatewayProcess[];
  let inspect: Redis;
  const calls = (route: string, user?: UserContext) =>
    sandbox.requests().filter((r) => r.route === route && (!user || r.userId === user.userId)).length;
  /** Every cached response in Redis: [key, field, sealed value]. */
  const entries = async () => {
    const found: Array<[string, string, string]> = [];
    for (const key of await inspect.keys('cagw:rc:*')) {
      for (const [field, value] of Object.entries(await inspect.hgetall(key))) if (field.startsWith('e:')) found.push([key, field, value]);
    }
    return found;
  };
  // A gateway answers before its write to the cache lands (the write is not on the request's path): the next
  // process can only share an entry once Redis holds it.
  const cachedAtLeast = (count: number) => expect.poll(async () => (await entries()).length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(count);

  beforeAll(async () => {
    [redis, sandbox] = await Promise.all([startRedis(), startSandbox()]);
    const env = {
      ...bankEnv(sandbox.url),
      REDIS_URL: redis.url,
      // Far above what Redis needs on a loaded machine: a command that timed out would fall back to the bank and
      // break the counts below. Killing Redis closes the connection, which needs no timeout to notice.
      REDIS_TIMEOUT_MS: '5000',
      REDIS_CONNECT_TIMEOUT_MS: '20000',
      RESPONSE_CACHE_TTL_SECONDS: '60',
      // 6 points per minute refill (none to speak of during the test) on a burst of 10,000 points per viewer.
      RATE_LIMIT_PER_MINUTE: '6',
      RATE_LIMIT_BURST: '10000',
      LOG_LEVEL: 'warn',
    };
    fleet = await Promise.all([0, 1, 2].map(() => spawnGateway(env)));
    // Gives up once the last test kills Redis, rather than reconnecting to the one that test brings back.
    inspect = new Redis(redis.url, { maxRetriesPerRequest: 0, retryStrategy: () => null }).on('error', () => undefined);
  }, 120_000);

  afterAll(async () => {
    inspect?.disconnect();
    await Promise.all((fleet ?? []).map((gateway) => gateway.stop()));
    await Promise.all([redis?.stop('SIGKILL'), sandbox?.close()]);
  });

  it('asks the bank for one token for 200 concurrent cold operations spread over the processes', async () => {
    sandbox.clearRequests();
    const viewers = [rich, single, empty, business];
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => ask(fleet[i % 3]!.url, '{ viewer { recipients { id } } }', viewers[i % 4]!)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(200));
    expect(answers.filter((a) => a.body.errors)).toEqual([]);
    // Every operation needed the bank (recipients are never cached), so every process needed a token.
    expect(calls('recipients')).toBe(200);
    expect(calls('token')).toBe(1);
  });

  it('enforces a viewer\'s rate limit across the processes', async () => {
    const viewer: UserContext = { userId: '1000000099', idType: 'hostUserId' };
    // 100 points (100 entries, ids no bank knows) and no bank call: 100 of them spend the burst.
    const hundred = `{ nodes(ids: [${'"x" '.repeat(100)}]) { __typename } }`;
    for (let batch = 0; batch < 5; batch++) {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(fleet[i % 3]!.url, hundred, viewer)));
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
      expect(answers.map((a) => a.body.extensions?.cost.requested)).toEqual(Array(20).fill(100));
    }
    // 100 taken, about 34 per process: each process alone would still have 66 to give.
    for (const gateway of fleet) {
      const refused = await ask(gateway.url, hundred, viewer);
      expect(refused.status).toBe(429);
      expect(refused.body.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
  });

  it('finds a persisted query registered through one process on the others', async () => {
    const query = '{ viewer { recipients { nickName } } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const token = await mintViewerToken(single, { secret: TEST_JWT_SECRET });
    const post = (url: string, body: object) => fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body),
    }).then((res) => res.json() as Promise<{ data?: { viewer: { recipients: unknown[] } }; errors?: Array<{ extensions: { code: string } }> }>);
    const unknown = await post(fleet[2]!.url, { extensions: { persistedQuery } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(fleet[0]!.url, { query, extensions: { persistedQuery } });
    for (const gateway of fleet.slice(1)) {
      const answer = await post(gateway.url, { extensions: { persistedQuery } });
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(registered.data);
    }
  });

  it('never serves one viewer\'s cached list to another, while sharing each viewer\'s entry across processes', async () => {
    sandbox.clearRequests();
    const before = (await entries()).length;
    const a = await ask(fleet[0]!.url, LIST, rich);
    const b = await ask(fleet[1]!.url, LIST, single);
    const c = await ask(fleet[2]!.url, LIST, empty);
    await cachedAtLeast(before + 3);
    expect(a.body.data!.viewer.accounts.length).toBeGreaterThanOrEqual(40);
    expect(b.body.data!.viewer.accounts).toHaveLength(1);
    expect(c.body.data!.viewer.accounts).toEqual([]);
    expect([calls('accounts', rich), calls('accounts', single), calls('accounts', empty)]).toEqual([1, 1, 1]);

    // Each viewer again, through the processes that did not fetch their list: the same answer, no bank call.
    for (const [i, viewer, first] of [[1, rich, a], [2, single, b], [0, empty, c]] as const) {
      expect((await ask(fleet[i]!.url, LIST, viewer)).body.data).toEqual(first.body.data);
    }
    expect(calls('accounts')).toBe(3);
  });

  it('forgets a viewer\'s cached lists on every process after their mutation', async () => {
    const account = seed.accountsByLabel.get('alex:everyday-checking')!;
    const id = globalId('Account', account.id);
    // Cached on all three processes' shared entry (read through each).
    for (const gateway of fleet) await ask(gateway.url, LIST, rich);
    sandbox.clearRequests();
    const nickName = `Fleet ${Date.now() % 100_000}`;
    const update = await ask(fleet[1]!.url, UPDATE, rich, { id, input: { nickName } });
    expect(update.body.data!.accountUpdate).toEqual({ account: { nickName }, userErrors: [] });

    const afterUpdate = (await entries()).length;
    for (const [n, gateway] of fleet.entries()) {
      const list = (await ask(gateway.url, LIST, rich)).body.data!.viewer.accounts as Array<{ id: string; nickName: string }>;
      expect(list.find((entry) => entry.id === id)?.nickName).toBe(nickName);
      if (n === 0) await cachedAtLeast(afterUpdate + 1);
    }
    // The first read after the mutation went to the bank and refilled the entry the others then used.
    expect(calls('accounts', rich)).toBe(1);
  });

  it('keeps cached responses encrypted in Redis, and refetches a forged or corrupted entry instead of serving it', async () => {
    sandbox.clearRequests();
    const original = await ask(fleet[0]!.url, LIST, rich);
    await cachedAtLeast(1);
    sandbox.clearRequests();
    const nickName = original.body.data!.viewer.accounts.find((a: { nickName: string | null }) => a.nickName)?.nickName as string;
    const stored = await entries();
    for (const [, , value] of stored) {
      expect(value).not.toContain(nickName);
      expect(value).not.toContain('accountNumber');
    }

    // Someone with write access to Redis plants a readable entry (the old plaintext format) in every slot…
    const forged = `${Date.now() + 60_000}:${JSON.stringify([{ id: 'forged', nickName: 'Forged', accountNumber: '0000' }])}`;
    for (const [key, field] of stored) await inspect.hset(key, field, forged);
    const afterForgery = await ask(fleet[1]!.url, LIST, rich);
    expect(afterForgery.body.data).toEqual(original.body.data);
    // …and changes the refetched, re-sealed entry (once it is there): still never served, fetched again. The first
    // character of the tag (`iv.body.tag`, base64url): the last one holds 4 padding bits, and A↔B there changes nothing.
    await expect.poll(async () => (await entries()).some(([, , value]) => value !== forged), { timeout: 30_000, interval: 20 }).toBe(true);
    const corrupt = (value: string) => {
      const at = value.lastIndexOf('.') + 1;
      return `${value.slice(0, at)}${value[at] === 'A' ? 'B' : 'A'}${value.slice(at + 1)}`;
    };
    for (const [key, field, value] of await entries()) await inspect.hset(key, field, corrupt(value));
    const afterCorruption = await ask(fleet[2]!.url, LIST, rich);
    expect(afterCorruption.body.data).toEqual(original.body.data);
    expect(calls('accounts', rich)).toBe(2);
  });

  it('loses no request when Redis dies mid-run, and goes back to it once it is back', async () => {
    const operations = ['{ viewer { recipients { id } } }', LIST, '{ __typename }'];
    const viewers = [rich, single, empty];
    let sent = 0;
    let killed: Promise<unknown> | undefined;
    const statuses: number[] = [];
    const errors: unknown[] = [];
    // 6 clients, 25 operations each, round-robin over the processes; Redis is SIGKILLed after the 40th answer.
    await Promise.all(Array.from({ length: 6 }, async (_, client) => {
      for (let n = 0; n < 25; n++) {
        const i = sent++;
        const answer = await ask(fleet[i % 3]!.url, operations[(i + client) % 3]!, viewers[i % 3]!);
        statuses.push(answer.status);
        if (answer.body.errors) errors.push(answer.body.errors);
        if (statuses.length === 40) killed = redis.stop('SIGKILL');
      }
    }));
    await killed;
    expect(statuses).toEqual(Array(150).fill(200));
    expect(errors).toEqual([]);

    const metric = async (gateway: GatewayProcess, name: string) => {
      const text = await (await fetch(`${gateway.url}/metrics`)).text();
      return text.split('\n').filter((line) => line.startsWith(name)).reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
    };
    for (const gateway of fleet) expect(await metric(gateway, 'gateway_redis_up')).toBe(0);
    const fallbacks = await Promise.all(fleet.map((gateway) => metric(gateway, 'gateway_redis_fallbacks_total')));
    expect(fallbacks.every((count) => count > 0)).toBe(true);
    for (const gateway of fleet) expect(gateway.output().match(/Redis unavailable/g)).toHaveLength(1);

    redis = await startRedis(redis.port);
    for (const gateway of fleet) {
      // ioredis reconnects on its own (backoff up to 2 s); the gauge shows when it did.
      await expect.poll(() => metric(gateway, 'gateway_redis_up'), { timeout: 30_000, interval: 100 }).toBe(1);
    }
    const again = await Promise.all(fleet.map((gateway) => ask(gateway.url, LIST, single)));
    expect(again.map((a) => a.status)).toEqual([200, 200, 200]);
  }, 120_000);
});
