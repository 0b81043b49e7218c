import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { listAccounts } from '../../src/upstream/accounts.js';
import { createBankClient } from '../../src/upstream/client.js';
import type { BankClient } from '../../src/upstream/client.js';
import { upstreamConfigFrom } from '../../src/upstream/config.js';
import type { UpstreamConfig } from '../../src/upstream/config.js';
import { createRecipient } from '../../src/upstream/recipients.js';
import { expectNoSecrets } from './secrets.js';

// The client against the real sandbox and its fault injection: the request log is the witness.

const user = { userId: SEED_USERS.retailSingle.userId, idType: SEED_USERS.retailSingle.idType };

describe.each(['node-fetch', 'undici'] as const)('bank client against sandbox faults over %s', (http) => {
  let sandbox: Sandbox;
  let client: BankClient;
  const start = (overrides: Partial<UpstreamConfig> = {}) => {
    client = createBankClient(upstreamConfigFrom({
      baseUrl: sandbox.url, clientId: 'sandbox-client', clientSecret: 'sandbox-secret', institutionId: '00016',
      http, timeoutMs: 300, deadlineMs: 3_000, maxRetries: 2, retryBaseMs: 5, retryMaxMs: 1_500, ...overrides,
    }));
  };
  const list = () => listAccounts({ client, user });
  const calls = (route = 'accounts') => sandbox.requests().filter((r) => r.route === route);
  const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a failure'), (e: unknown) => e);
  const expectClean = async (error: unknown) => expectNoSecrets(error, [await client.tokens.getToken()]);

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());
  beforeEach(() => {
    sandbox.clearFaults();
    sandbox.clearRequests();
    start();
  });
  afterEach(() => client.close());

  it('makes exactly one token request for 100 concurrent calls on a cold start', async () => {
    // 100 calls at once on a busy 2-core machine can outlast the short timeout the fault tests use; a retry
    // here would be noise, not the behaviour under test.
    await client.close();
    start({ timeoutMs: 10_000, deadlineMs: 20_000 });
    const results = await Promise.all(Array.from({ length: 100 }, list));
    expect(results.every((r) => r.accounts.length === 1)).toBe(true);
    expect(calls('token')).toHaveLength(1);
    expect(calls()).toHaveLength(100);
  });

  it('refreshes a short-lived token before the bank expires it', async () => {
    await sandbox.close();
    sandbox = await startSandbox({ tokenLifetimeSeconds: 1 });
    start({ tokenRefreshSkewSeconds: 60 }); // lifetime < 2 × skew: refresh at half-life
    await expect.poll(async () => {
      await list();
      return calls('token').length;
    }, { interval: 50, timeout: 30_000 }).toBe(2);
    expect(calls().every((c) => c.status === 200)).toBe(true);
  });

  it('answers a 401 with one token refresh and one retry', async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'status', status: 401, code: 'ACC_00601', message: 'Invalid JWT token', times: 1 }]);
    expect((await list()).accounts).toHaveLength(1);
    expect(calls('token')).toHaveLength(2);
    expect(calls().map((c) => c.status)).toEqual([401, 200]);
  });

  it('retries a 503 and then succeeds', async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'status', status: 503, code: 'ACC_99999', times: 2 }]);
    expect((await list()).accounts).toHaveLength(1);
    expect(calls().map((c) => c.status)).toEqual([503, 503, 200]);
    expect(new Set(calls().map((c) => c.transactionId)).size).toBe(3);
  });

  it('waits at least Retry-After before retrying a 429', async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'rate-limit', retryAfterSeconds: 1, times: 1 }]);
    await list();
    const [limited, retried] = calls();
    expect(limited!.status).toBe(429);
    expect(retried!.startedAt - limited!.finishedAt).toBeGreaterThanOrEqual(1_000);
  });

  it('times out a hanging bank within the deadline', async () => {
    start({ timeoutMs: 150, deadlineMs: 400 });
    sandbox.setFaults([{ route: 'accounts', kind: 'hang' }]);
    const error = await failure(list());
    expect(error).toMatchObject({ kind: 'timeout', status: 0, message: expect.stringMatching(/deadline of 400 ms exceeded|timed out after 150 ms/) });
    await expectClean(error);
  });

  it('reports a dropped connection as a network error and retries the GET', async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'drop' }]);
    const error = await failure(list());
    expect(error).toMatchObject({ kind: 'network', status: 0, retryable: true });
    expect(calls()).toHaveLength(3);
    await expectClean(error);
    sandbox.setFaults([{ route: 'accounts', kind: 'drop', times: 1 }]);
    expect((await list()).accounts).toHaveLength(1);
  });

  it("turns a non-JSON body into an 'invalid-body' error", async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'non-json' }]);
    const error = await failure(list());
    expect(error).toMatchObject({ kind: 'invalid-body', retryable: false });
    await expectClean(error);
  });

  it('never retries a POST, whatever the failure', async () => {
    const create = () => createRecipient({ client, user }, { nickName: 'never-retried' });
    for (const fault of [{ kind: 'status', status: 503 }, { kind: 'drop' }, { kind: 'rate-limit', retryAfterSeconds: 0 }] as const) {
      sandbox.clearRequests();
      sandbox.setFaults([{ route: 'recipient-create', ...fault }]);
      const error = await failure(create());
      expect(error).toMatchObject({ service: 'recipients', retryable: true });
      expect(calls('recipient-create')).toHaveLength(1);
      await expectClean(error);
    }
  });
});
