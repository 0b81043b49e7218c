// SANDBOX_PROFILE=strict: the stricter reading of each open point of the contract (docs/bank-contract.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxProfile, startSandbox, SEED_USERS, type Sandbox } from '../../src/sandbox/index.js';
import { accessToken, call, tokenCall } from './helpers.js';

const rich = SEED_USERS.retailRich.userId;
const acme = SEED_USERS.business.userId;

describe('sandbox strict profile', () => {
  let sandbox: Sandbox;
  let token: string;
  let accounts: Array<Record<string, any>>;

  beforeAll(async () => {
    sandbox = await startSandbox({ profile: 'strict', tokenLifetimeSeconds: 3600 });
    token = await accessToken(sandbox);
    accounts = (await call(sandbox, `/v1/accounts?hostUserId=${rich}`, { token })).body.accounts;
  });
  afterAll(() => sandbox.close());

  it('grants only the documented scopes to its default client (accounts:write → CMN_90012)', async () => {
    const refused = await tokenCall(sandbox, { form: { grant_type: 'client_credentials', scopes: 'accounts:read accounts:write' } });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('CMN_90012');
    const granted = await tokenCall(sandbox, { form: { grant_type: 'client_credentials', scopes: 'accounts:read transactions:read' } });
    expect(granted.status).toBe(200);
  });

  it('refuses any `or` in an accounts $filter, but takes simple and `and` expressions', async () => {
    const [a, b] = accounts;
    const or = await call(sandbox, `/v1/accounts?hostUserId=${rich}&$filter=${encodeURIComponent(`id eq '${a!.id}' or id eq '${b!.id}'`)}`, { token });
    expect(or.status).toBe(400);
    expect(or.body.code).toBe('ACC_00005');
    const single = await call(sandbox, `/v1/accounts?hostUserId=${rich}&$filter=${encodeURIComponent(`id eq '${a!.id}'`)}`, { token });
    expect(single.body.accounts.map((x: { id: string }) => x.id)).toEqual([a!.id]);
    const and = await call(sandbox, `/v1/accounts?hostUserId=${rich}&$filter=${encodeURIComponent("(category eq 'DEPOSIT') and (type eq 'CHECKING')")}`, { token });
    expect(and.status).toBe(200);
  });

  it('ignores crossAccount=false and reports visibility and ownership as top-level fields, without additionalInfo', async () => {
    const res = await call(sandbox, `/v1/accounts?hostUserId=${rich}&crossAccount=false&additionalFields=true`, { token });
    expect(res.body.accounts.some((x: { category: string }) => x.category === 'CROSS_USER_ACCOUNT')).toBe(true);
    for (const account of res.body.accounts) {
      expect(account.additionalInfo).toBeUndefined();
      expect(typeof account.isVisible).toBe('boolean');
      expect(account.isHiddenByFi).toBe(false);
      expect(['PRIMARY', 'JOINT', 'CROSS']).toContain(account.ownershipType);
    }
  });

  it('masks the MICR number without accounts:read_unmasked', async () => {
    const masked = await accessToken(sandbox, { form: { grant_type: 'client_credentials', scopes: 'accounts:read' } });
    const withMicr = accounts.find((x) => typeof x.micrNumber === 'string' && x.micrNumber.length > 4)!;
    const res = await call(sandbox, `/v1/accounts/${withMicr.id}?hostUserId=${rich}`, { token: masked });
    expect(res.body.micrNumber).toBe(withMicr.micrNumber.slice(-4));
  });

  it('needs the location on a business single-account read, and answers an unknown id with ACC_00101', async () => {
    const locations = (await call(sandbox, `/db-users/v1/institution-users/${acme}?userIdType=LOGIN_ID`, { token })).body.institutionCustomers;
    const location = locations[0].institutionCustomerId as string;
    const [account] = (await call(sandbox, `/v1/accounts?loginId=${acme}&institutionCustomerId=${location}`, { token })).body.accounts;
    const bare = await call(sandbox, `/v1/accounts/${account.id}?loginId=${acme}`, { token });
    expect([bare.status, bare.body.code]).toEqual([400, 'ACC_00410']);
    const located = await call(sandbox, `/v1/accounts/${account.id}?loginId=${acme}&institutionCustomerId=${location}`, { token });
    expect(located.body.id).toBe(account.id);
    const unknown = await call(sandbox, `/v1/accounts/nope?hostUserId=${rich}`, { token });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'ACC_00101']);
  });

  it('has no account update endpoint', async () => {
    const res = await call(sandbox, `/v1/accounts/${accounts[0]!.id}?hostUserId=${rich}`, { token, method: 'PATCH', json: { nickName: 'x' } });
    expect([res.status, res.body.code]).toEqual([404, 'CMN_90011']);
  });

  it('ignores $skip/$top and sends no pagination on db-style transactions, but pages in v1 style', async () => {
    const id = accounts.find((x) => x.category === 'DEPOSIT')!.id;
    const db = await call(sandbox, `/db-transactions/v1/transactions?hostUserId=${rich}&accountId=${id}&$skip=1&$top=2`, { token });
    expect(db.status).toBe(200);
    expect(db.body.pagination).toBeUndefined();
    expect(db.body.transactions.length).toBeGreaterThan(2);
    const v1 = await call(sandbox, `/v1/transactions?hostUserId=${rich}&accountId=${id}&$skip=1&$top=2`, { token });
    expect(v1.body.transactions).toHaveLength(2);
    expect(v1.body.transactions[0].id).toBe(db.body.transactions[1].id);
  });

  it('answers an unknown token with 400 CMN_90018 and a non-UUID transactionId with 400 CMN_90008', async () => {
    const bad = await call(sandbox, `/v1/accounts?hostUserId=${rich}`, { token: 'not-a-token' });
    expect([bad.status, bad.body.code]).toEqual([400, 'CMN_90018']);
    const trace = await call(sandbox, `/v1/accounts?hostUserId=${rich}`, { token, headers: { transactionId: 'abc' } });
    expect([trace.status, trace.body.code]).toEqual([400, 'CMN_90008']);
  });

  it('answers an expired token with 400 CMN_90018', async () => {
    const shortLived = await startSandbox({ profile: 'strict', tokenLifetimeSeconds: 0 });
    try {
      const expired = await accessToken(shortLived);
      const res = await call(shortLived, `/v1/transactions?hostUserId=${rich}&accountId=x`, { token: expired });
      expect([res.status, res.body.code]).toEqual([400, 'CMN_90018']);
    } finally {
      await shortLived.close();
    }
  });

  it('serves JSON only: another Accept gets 415', async () => {
    const xml = await call(sandbox, `/v1/accounts?hostUserId=${rich}`, { token, headers: { accept: 'application/xml' } });
    expect([xml.status, xml.body.code]).toEqual([415, 'ACC_99988']);
    const any = await call(sandbox, `/v1/accounts?hostUserId=${rich}`, { token, headers: { accept: '*/*' } });
    expect(any.status).toBe(200);
  });
});

describe('SANDBOX_PROFILE', () => {
  it('defaults to lenient and refuses anything but lenient or strict', () => {
    expect(sandboxProfile({})).toBe('lenient');
    expect(sandboxProfile({ SANDBOX_PROFILE: 'strict' })).toBe('strict');
    expect(() => sandboxProfile({ SANDBOX_PROFILE: 'loose' })).toThrow(/SANDBOX_PROFILE/);
  });
});
