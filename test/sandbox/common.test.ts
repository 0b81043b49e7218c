// The checks every resource call shares, per service.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { READ_ONLY_CLIENT, accessToken, basic, call, passwordForm } from './helpers.js';

const alex = SEED_USERS.retailRich;
const TXN_ONLY = { clientId: 'txn-only', clientSecret: 'txn-secret', institutionId: '00016', scopes: ['transactions:read'] };
const OTHER_FI = { clientId: 'other-fi', clientSecret: 'other-secret', institutionId: '00099', scopes: ['accounts:read', 'transactions:read', 'recipients:read', 'institution-users:read'] };

let sandbox: Sandbox;
let token: string;
let txnOnly: string;
let readOnly: string;
let otherFi: string;
let alexPassword: string;
let accountId: string;

beforeAll(async () => {
  sandbox = await startSandbox({ clients: [
    { clientId: 'sandbox-client', clientSecret: 'sandbox-secret', institutionId: '00016', scopes: ['accounts:read', 'accounts:read_unmasked', 'accounts:write', 'transactions:read', 'recipients:read', 'recipients:write', 'recipients:delete', 'institution-users:read'] },
    TXN_ONLY, READ_ONLY_CLIENT, OTHER_FI,
  ] });
  token = await accessToken(sandbox);
  txnOnly = await accessToken(sandbox, { authorization: basic(TXN_ONLY.clientId, TXN_ONLY.clientSecret) });
  readOnly = await accessToken(sandbox, { authorization: basic(READ_ONLY_CLIENT.clientId, READ_ONLY_CLIENT.clientSecret) });
  otherFi = await accessToken(sandbox, { authorization: basic(OTHER_FI.clientId, OTHER_FI.clientSecret), headers: { institutionId: '00099' } });
  alexPassword = await accessToken(sandbox, { form: passwordForm(alex.username, alex.password) });
  accountId = (await call(sandbox, `/v1/accounts?hostUserId=${alex.userId}`, { token })).body.accounts[0].id;
});
afterAll(() => sandbox.close());

interface ServiceCase {
  service: string;
  /** Path for alex; `user` replaces the user part (query parameter or path segment). */
  path: (user?: string) => string;
  trace: 'transactionId' | 'correlationId';
  forbiddenToken: () => string;
  codes: Record<'missingAuth' | 'invalidToken' | 'forbidden' | 'missingTrace' | 'badTrace' | 'unknownUser' | 'mismatch' | 'institution', [number, string]>;
}

const CASES: ServiceCase[] = [
  {
    service: 'accounts', trace: 'transactionId', forbiddenToken: () => txnOnly,
    path: (user = `hostUserId=${alex.userId}`) => `/v1/accounts?${user}`,
    codes: {
      missingAuth: [401, 'ACC_00601'], invalidToken: [401, 'ACC_00601'], forbidden: [403, 'ACC_00602'],
      missingTrace: [400, 'ACC_99998'], badTrace: [400, 'ACC_99997'], unknownUser: [404, 'ACC_00101'],
      mismatch: [400, 'ACC_00022'], institution: [400, 'ACC_00015'],
    },
  },
  {
    service: 'transactions', trace: 'transactionId', forbiddenToken: () => readOnly,
    path: (user = `hostUserId=${alex.userId}`) => `/v1/transactions?accountId=${accountId}&${user}`,
    codes: {
      missingAuth: [401, 'TXN_11001'], invalidToken: [401, 'TXN_11002'], forbidden: [403, 'TXN_11003'],
      missingTrace: [400, 'TXN_10002'], badTrace: [400, 'TXN_10004'], unknownUser: [404, 'TXN_90000'],
      mismatch: [400, 'TXN_10011'], institution: [400, 'TXN_10010'],
    },
  },
  {
    service: 'recipients', trace: 'transactionId', forbiddenToken: () => txnOnly,
    path: (user = `hostUserId=${alex.userId}`) => `/v1/recipients?${user}`,
    codes: {
      missingAuth: [401, 'REC_11001'], invalidToken: [401, 'REC_11002'], forbidden: [403, 'REC_11003'],
      missingTrace: [400, 'REC_12002'], badTrace: [400, 'REC_12003'], unknownUser: [404, 'REC_99998'],
      mismatch: [400, 'REC_10009'], institution: [400, 'REC_11004'],
    },
  },
  {
    service: 'institution-users', trace: 'transactionId', forbiddenToken: () => txnOnly,
    path: (user = alex.loginId) => `/v1/institution-users/${user}?userIdType=LOGIN_ID`,
    codes: {
      missingAuth: [401, 'ISR_11001'], invalidToken: [401, 'ISR_11002'], forbidden: [403, 'ISR_11003'],
      missingTrace: [400, 'ISR_11005'], badTrace: [400, 'ISR_11006'], unknownUser: [404, 'ISR_10001'],
      mismatch: [403, 'ISR_11003'], institution: [400, 'ISR_10000'],
    },
  },
  {
    service: 'customers', trace: 'correlationId', forbiddenToken: () => txnOnly,
    path: (user = alex.loginId) => `/v1/customers/${user}?userIdType=LOGIN_ID`,
    codes: {
      missingAuth: [400, 'UXU_10005'], invalidToken: [400, 'UXU_10001'], forbidden: [403, 'UXU_10002'],
      missingTrace: [400, 'UXU_10006'], badTrace: [400, 'UXU_10007'], unknownUser: [404, 'UXU_88888'],
      mismatch: [400, 'UXU_10011'], institution: [400, 'UXU_10004'],
    },
  },
];

function traceHeaders(c: ServiceCase, value?: string): Record<string, string | undefined> {
  return c.trace === 'transactionId' ? { transactionId: value } : { transactionId: undefined, correlationId: value };
}

describe.each(CASES)('$service calls', (c) => {
  const expectError = (result: { status: number; body: any }, [status, code]: [number, string]) => {
    expect(result.status).toBe(status);
    expect(result.body.code).toBe(code);
    expect(result.body.message).toEqual(expect.any(String));
    // UX endpoints add the status to the error body; the others send {code, message} only.
    expect(Object.keys(result.body).sort()).toEqual(c.trace === 'correlationId' ? ['code', 'message', 'status'] : ['code', 'message']);
  };

  it('succeeds with a valid token, scope and trace header, and echoes the trace header', async () => {
    const trace = randomUUID();
    const result = await call(sandbox, c.path(), { token, headers: traceHeaders(c, trace) });
    expect(result.status).toBe(200);
    expect(result.headers.get(c.trace)).toBe(trace);
  });

  it('rejects a missing, unknown or insufficient token', async () => {
    expectError(await call(sandbox, c.path(), { headers: traceHeaders(c, randomUUID()) }), c.codes.missingAuth);
    expectError(await call(sandbox, c.path(), { token: 'not-a-token', headers: traceHeaders(c, randomUUID()) }), c.codes.invalidToken);
    expectError(await call(sandbox, c.path(), { token: c.forbiddenToken(), headers: traceHeaders(c, randomUUID()) }), c.codes.forbidden);
  });

  it('rejects a missing or malformed trace header', async () => {
    expectError(await call(sandbox, c.path(), { token, headers: traceHeaders(c, undefined) }), c.codes.missingTrace);
    const bad = c.trace === 'transactionId' ? 'x'.repeat(65) : 'not-a-guid';
    expectError(await call(sandbox, c.path(), { token, headers: traceHeaders(c, bad) }), c.codes.badTrace);
  });

  it("rejects an institutionId header that is not the token's", async () => {
    expectError(await call(sandbox, c.path(), { token, headers: { ...traceHeaders(c, randomUUID()), institutionId: '00099' } }), c.codes.institution);
  });

  it('answers not found for an unknown user, or one of another institution', async () => {
    const unknown = c.trace === 'correlationId' || c.service === 'institution-users' ? 'ghost.user' : 'hostUserId=9999999999';
    expectError(await call(sandbox, c.path(unknown), { token, headers: traceHeaders(c, randomUUID()) }), c.codes.unknownUser);
    expectError(await call(sandbox, c.path(), { token: otherFi, headers: traceHeaders(c, randomUUID()) }), c.codes.unknownUser);
  });

  it("lets a password-grant token act for its own user only", async () => {
    const own = c.trace === 'correlationId' || c.service === 'institution-users' ? alex.loginId : '';
    expect((await call(sandbox, c.path(own), { token: alexPassword, headers: traceHeaders(c, randomUUID()) })).status).toBe(200);
    const other = c.trace === 'correlationId' || c.service === 'institution-users' ? 'sam.lee' : 'loginId=sam.lee';
    expectError(await call(sandbox, c.path(other), { token: alexPassword, headers: traceHeaders(c, randomUUID()) }), c.codes.mismatch);
  });
});

describe('user context on client-credentials calls', () => {
  it.each([
    ['/v1/accounts', 'ACC_99992'],
    [() => `/v1/transactions?accountId=${accountId}`, 'TXN_10010'],
    ['/v1/recipients', 'REC_10009'],
  ])('needs exactly one of hostUserId / loginId on %s', async (base, code) => {
    const path = typeof base === 'function' ? base() : base;
    const sep = path.includes('?') ? '&' : '?';
    const neither = await call(sandbox, path, { token });
    const both = await call(sandbox, `${path}${sep}hostUserId=${alex.userId}&loginId=${alex.loginId}`, { token });
    expect([neither.status, neither.body.code]).toEqual([400, code]);
    expect([both.status, both.body.code]).toEqual([400, code]);
    expect((await call(sandbox, `${path}${sep}loginId=${alex.loginId}`, { token })).status).toBe(200);
  });

  it('reports UX token expiry with its own code', async () => {
    const shortLived = await startSandbox({ tokenLifetimeSeconds: 0 });
    try {
      const expired = await accessToken(shortLived);
      const result = await call(shortLived, `/v1/customers/${alex.loginId}?userIdType=LOGIN_ID`, {
        token: expired, headers: { transactionId: undefined, correlationId: randomUUID() },
      });
      expect(result.body).toEqual({ status: 400, code: 'UXU_10003', message: 'JWT token has expired' });
    } finally {
      await shortLived.close();
    }
  });
});
