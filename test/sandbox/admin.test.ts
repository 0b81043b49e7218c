// The admin API and the request log tests count upstream calls with.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { accessToken, call, passwordForm } from './helpers.js';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ admin: true });
  token = await accessToken(sandbox);
});
beforeEach(() => {
  sandbox.clearFaults();
  sandbox.setLatency(0);
  sandbox.clearRequests();
});
afterAll(() => sandbox.close());

const admin = (method: string, resource: string, json?: unknown) => call(sandbox, `/__sandbox/${resource}`, {
  method, ...(json === undefined ? {} : { json }),
});
const accounts = () => call(sandbox, `/v1/accounts?hostUserId=${SEED_USERS.retailRich.userId}`, { token });

describe('request log', () => {
  it('records method, path, query, status, route, transactionId, user and timing of every call', async () => {
    const transactionId = randomUUID();
    const response = await call(sandbox, `/v1/accounts?hostUserId=${SEED_USERS.retailRich.userId}&viewName=s`, { token, headers: { transactionId } });
    await call(sandbox, '/v1/accounts?loginId=acme.admin', { token });
    const [ok, rejected] = sandbox.requests();
    expect(ok).toEqual({
      method: 'GET', path: '/v1/accounts', query: { hostUserId: '1000000001', viewName: 's' }, status: 200, route: 'accounts',
      transactionId, userId: '1000000001', startedAt: expect.any(Number), finishedAt: expect.any(Number), durationMs: expect.any(Number),
      bytes: Buffer.byteLength(response.text),
    });
    expect(ok!.finishedAt).toBeGreaterThanOrEqual(ok!.startedAt);
    expect(ok!.durationMs).toBeCloseTo(ok!.finishedAt - ok!.startedAt, 6);
    expect(rejected).toMatchObject({ status: 400, route: 'accounts', userId: 'acme.admin' });
  });

  it('names the token user of password-grant calls, and returns copies', async () => {
    const password = await accessToken(sandbox, { form: passwordForm(SEED_USERS.business.username, SEED_USERS.business.password) });
    await call(sandbox, '/v1/accounts', { token: password });
    const log = sandbox.requests();
    expect(log.map((e) => [e.route, e.userId])).toEqual([['token', 'acme.admin'], ['accounts', 'acme.admin']]);
    log[0]!.status = 999;
    expect(sandbox.requests()[0]!.status).toBe(200);
    sandbox.clearRequests();
    expect(sandbox.requests()).toEqual([]);
  });
});

describe('admin API', () => {
  it('lists the seed users with their credentials and account counts', async () => {
    const result = await admin('GET', 'users');
    expect(result.status).toBe(200);
    expect(result.body.slice(0, 4)).toEqual([
      { userId: '1000000001', userIdType: 'hostUserId', kind: 'RETAIL', accounts: 45, username: 'alex.rivera', password: 'Sandbox-Pass-1' },
      { userId: '1000000002', userIdType: 'hostUserId', kind: 'RETAIL', accounts: 1, username: 'sam.lee', password: 'Sandbox-Pass-2' },
      { userId: '1000000003', userIdType: 'hostUserId', kind: 'RETAIL', accounts: 0, username: 'nora.empty', password: 'Sandbox-Pass-3' },
      { userId: 'acme.admin', userIdType: 'loginId', kind: 'BUSINESS', accounts: 60, username: 'acme.admin', password: 'Sandbox-Pass-4' },
    ]);
  });

  it('reads and clears the request log; its own calls are never logged', async () => {
    await accounts();
    const log = await admin('GET', 'requests');
    expect(log.body.map((e: any) => e.route)).toEqual(['accounts']);
    expect((await admin('DELETE', 'requests')).status).toBe(204);
    expect(sandbox.requests()).toEqual([]);
    expect((await admin('GET', 'requests')).body).toEqual([]);
  });

  it('sets faults from a rule array, and faults and latency from an envelope; DELETE clears them', async () => {
    expect((await admin('PUT', 'faults', [{ route: 'accounts', kind: 'status', status: 503 }])).status).toBe(204);
    expect((await accounts()).status).toBe(503);
    // Admin routes are never faulted.
    expect((await admin('GET', 'users')).status).toBe(200);
    expect((await admin('PUT', 'faults', { faults: [], latencyMs: 50 })).status).toBe(204);
    expect((await accounts()).status).toBe(200);
    expect(sandbox.requests().at(-1)!.durationMs).toBeGreaterThanOrEqual(45);
    await admin('PUT', 'faults', { faults: [{ kind: 'status' }], latencyMs: 0 });
    expect((await admin('DELETE', 'faults')).status).toBe(204);
    expect((await accounts()).status).toBe(200);
  });

  it('rejects unusable fault bodies with a message naming the problem', async () => {
    for (const [body, problem] of [
      [[{ kind: 'meteor' }], /kind/],
      [{ faults: 'none' }, /array/],
      [{ faults: [], latencyMs: -5 }, /latencyMs/],
      [[{ kind: 'status', times: -1 }], /times/],
    ] as const) {
      const result = await admin('PUT', 'faults', body);
      expect(result.status).toBe(400);
      expect(result.body.code).toBe('SANDBOX_BAD_REQUEST');
      expect(result.body.message).toMatch(problem);
    }
    const garbage = await call(sandbox, '/__sandbox/faults', { method: 'PUT', body: '{oops' });
    expect(garbage.status).toBe(400);
    expect((await admin('GET', 'nothing')).status).toBe(404);
  });

  it('does not exist unless enabled', async () => {
    const closed = await startSandbox();
    try {
      const result = await call(closed, '/__sandbox/users');
      expect([result.status, result.body.code]).toEqual([404, 'CMN_90011']);
      expect(closed.requests().map((e) => e.route)).toEqual(['unknown']);
    } finally {
      await closed.close();
    }
  });
});
