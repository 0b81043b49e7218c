import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { accessToken, call, tokenCall, uxCall } from './helpers.js';

const ACCOUNTS = `/v1/accounts?hostUserId=${SEED_USERS.retailRich.userId}`;
let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  token = await accessToken(sandbox);
  sandbox.clearRequests();
});
afterEach(() => {
  sandbox.clearFaults();
  sandbox.setLatency(0);
  sandbox.clearRequests();
});
afterAll(() => sandbox.close());

const accounts = () => call(sandbox, ACCOUNTS, { token });
const lastEntry = () => sandbox.requests().at(-1)!;

describe('status faults', () => {
  it("answer with the service's server error by default, in the service's error shape", async () => {
    sandbox.setFaults([{ kind: 'status' }]);
    const list = await accounts();
    expect([list.status, list.body]).toEqual([500, { code: 'ACC_99999', message: 'Error in Accounts Service' }]);
    expect((await tokenCall(sandbox)).body.code).toBe('CMN_90000');
    const ux = await uxCall(sandbox, '/v1/customers/alex.rivera?userIdType=LOGIN_ID', token);
    expect(ux.body).toEqual({ status: 500, code: 'UXU_99998', message: 'Internal server error' });
    expect(sandbox.requests().map((e) => e.status)).toEqual([500, 500, 500]);
  });

  it('apply to their route only, with the configured status, code and message', async () => {
    sandbox.setFaults([{ route: 'account', kind: 'status', status: 503, code: 'ACC_00500', message: 'Requested service or feature is switched off' }]);
    const id = (await accounts()).body.accounts[0].id;
    const single = await call(sandbox, `/v1/accounts/${id}?hostUserId=${SEED_USERS.retailRich.userId}`, { token });
    expect([single.status, single.body]).toEqual([503, { code: 'ACC_00500', message: 'Requested service or feature is switched off' }]);
    expect(sandbox.requests().map((e) => [e.route, e.status])).toEqual([['accounts', 200], ['account', 503]]);
  });

  it('stop after `times` matching calls', async () => {
    sandbox.setFaults([
      { route: 'accounts', kind: 'latency', latencyMs: 1, times: 1 },
      { route: 'accounts', kind: 'status', status: 502, times: 2 },
    ]);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await accounts()).status);
    expect(statuses).toEqual([502, 502, 200, 200]);
  });

  it('hit a deterministic fraction of calls with `probability`', async () => {
    const run = async () => {
      sandbox.setFaults([{ route: 'accounts', kind: 'status', probability: 0.3 }]);
      const statuses: number[] = [];
      for (let i = 0; i < 100; i++) statuses.push((await call(sandbox, `${ACCOUNTS}&$filter=${encodeURIComponent("id eq 'x'")}`, { token })).status);
      return statuses;
    };
    const first = await run();
    const failures = first.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(15);
    expect(failures).toBeLessThan(45);
    expect(await run()).toEqual(first);
  });
});

describe('other faults', () => {
  it('rate-limit: 429 with Retry-After', async () => {
    sandbox.setFaults([{ route: 'token', kind: 'rate-limit', retryAfterSeconds: 7 }]);
    const result = await tokenCall(sandbox);
    expect(result.status).toBe(429);
    expect(result.headers.get('retry-after')).toBe('7');
    expect(result.body).toEqual({ code: 'CMN_90002', message: 'Spike limit violation' });
    expect((await accounts()).status).toBe(200);
  });

  it('non-json: an HTML body where JSON is expected', async () => {
    sandbox.setFaults([{ kind: 'non-json' }]);
    const result = await accounts();
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('text/html');
    expect(() => JSON.parse(result.text)).toThrow();
  });

  it('drop: the connection is destroyed without a response, logged with status 0', async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'drop' }]);
    await expect(accounts()).rejects.toThrow();
    expect(lastEntry()).toMatchObject({ route: 'accounts', status: 0 });
  });

  it('hang: no response until the client gives up, logged with status 0', async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'hang' }]);
    const transactionId = randomUUID();
    await expect(fetch(`${sandbox.url}${ACCOUNTS}`, {
      headers: { authorization: `Bearer ${token}`, transactionId }, signal: AbortSignal.timeout(100),
    })).rejects.toThrow();
    expect(lastEntry()).toMatchObject({ route: 'accounts', status: 0, transactionId });
  });

  it('close() ends hung requests instead of waiting for them', async () => {
    const hanging = await startSandbox({ faults: [{ kind: 'hang' }] });
    const pending = fetch(`${hanging.url}/v1/accounts`).then(() => 'answered', () => 'failed');
    await expect.poll(() => hanging.requests().length).toBe(1);
    await hanging.close();
    expect(await pending).toBe('failed');
    expect(hanging.requests()[0]!.status).toBe(0);
  });
});

describe('latency', () => {
  it('a latency rule delays its route only, and stacks with a failure', async () => {
    sandbox.setFaults([{ route: 'accounts', kind: 'latency', latencyMs: 60 }, { route: 'accounts', kind: 'status', status: 500, times: 1 }]);
    expect((await accounts()).status).toBe(500);
    expect(lastEntry().durationMs).toBeGreaterThanOrEqual(55);
  });

  it('setLatency delays every call (the jitter bound: latency.unit.test.ts)', async () => {
    sandbox.setLatency(30, 20);
    for (let i = 0; i < 3; i++) await accounts();
    for (const entry of sandbox.requests()) {
      expect(entry.durationMs).toBeGreaterThanOrEqual(28);
    }
  });

  it('can be configured when the sandbox starts', async () => {
    const slow = await startSandbox({ latencyMs: 40, faults: [{ route: 'transactions', kind: 'status', status: 418 }] });
    try {
      const result = await tokenCall(slow);
      expect(result.status).toBe(200);
      expect(slow.requests()[0]!.durationMs).toBeGreaterThanOrEqual(38);
      const txn = await call(slow, '/v1/transactions?accountId=x', { token: result.body.access_token });
      expect(txn.status).toBe(418);
    } finally {
      await slow.close();
    }
  });
});

describe('setFaults', () => {
  it('rejects rules it cannot apply and replaces the whole rule set', () => {
    expect(() => sandbox.setFaults([{ kind: 'explode' as never }])).toThrow(/kind/);
    expect(() => sandbox.setFaults([{ kind: 'status', probability: 2 }])).toThrow(/probability/);
    expect(() => sandbox.setFaults([{ kind: 'status', route: 'nowhere' as never }])).toThrow(/route/);
    expect(() => sandbox.setLatency(-1)).toThrow();
  });

  it('clearFaults restores normal answers', async () => {
    sandbox.setFaults([{ kind: 'status' }]);
    expect((await accounts()).status).toBe(500);
    sandbox.clearFaults();
    expect((await accounts()).status).toBe(200);
  });
});
