// Business banking: locations and grouped paging (docs/bank-contract.md "Accounts" business rules).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { accessToken, call, passwordForm } from './helpers.js';

const acme = SEED_USERS.business;
let sandbox: Sandbox;
let token: string;
let locations: Array<{ institutionCustomerId: string; memberNumber: string }>;

beforeAll(async () => {
  sandbox = await startSandbox();
  token = await accessToken(sandbox);
  locations = (await call(sandbox, `/v1/institution-users/${acme.loginId}?userIdType=LOGIN_ID`, { token })).body.institutionCustomers;
});
afterAll(() => sandbox.close());

const list = (query: string, as = token) => call(sandbox, `/v1/accounts?loginId=${acme.loginId}${query}`, { token: as });
const group = (n: number | string, top = '1') => `&$apply=groupBy(customer)&$skipGroups=${n}&$topGroups=${top}`;

describe('GET accounts for a business user', () => {
  it('returns group n = the n-th institutionCustomer, with an integer totalGroupCount', async () => {
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const [n, location] of locations.entries()) {
      const result = await list(group(n));
      expect(result.status).toBe(200);
      expect(result.body.totalGroupCount).toBe(locations.length);
      expect(result.body.accounts.length).toBeGreaterThanOrEqual(10);
      expect(new Set(result.body.accounts.map((a: any) => a.institutionCustomerId))).toEqual(new Set([location.institutionCustomerId]));
    }
  });

  it('returns one location by institutionCustomerId, without totalGroupCount', async () => {
    const location = locations[2]!;
    const byId = await list(`&institutionCustomerId=${location.institutionCustomerId}`);
    expect(byId.body.totalGroupCount).toBeUndefined();
    expect(byId.body.accounts).toEqual((await list(group(2))).body.accounts);
    expect(byId.body.accounts[0].primaryHolderName).toMatch(/^Acme /);
  });

  it.each([
    ['neither a location nor groups', '', 'ACC_00410'],
    ['both a location and groups', () => `&institutionCustomerId=${locations[0]!.institutionCustomerId}${group(0)}`, 'ACC_99992'],
    ['only $apply', '&$apply=groupBy(customer)', 'ACC_99992'],
    ['no $topGroups', '&$apply=groupBy(customer)&$skipGroups=0', 'ACC_99992'],
    ['$skipGroups past the last location', () => group(locations.length), 'ACC_99994'],
    ['a negative $skipGroups', group(-1), 'ACC_99994'],
    ['$topGroups other than 1', group(0, '2'), 'ACC_99994'],
    ['another $apply', '&$apply=groupBy(account)&$skipGroups=0&$topGroups=1', 'ACC_99994'],
    ['a location the user may not see', '&institutionCustomerId=0123456789abcdef0123456789abcdef', 'ACC_00017'],
    ['a blank location', '&institutionCustomerId=', 'ACC_00017'],
  ])('rejects %s', async (_name, query, code) => {
    const result = await list(typeof query === 'function' ? query() : query);
    expect([result.status, result.body.code]).toEqual([400, code]);
  });

  it('reads one account with its location, and not through another location', async () => {
    const [first, second] = locations;
    const account = (await list(`&institutionCustomerId=${first!.institutionCustomerId}`)).body.accounts[3];
    const ok = await call(sandbox, `/v1/accounts/${account.id}?loginId=${acme.loginId}&institutionCustomerId=${first!.institutionCustomerId}`, { token });
    expect(ok.body).toEqual(account);
    const wrong = await call(sandbox, `/v1/accounts/${account.id}?loginId=${acme.loginId}&institutionCustomerId=${second!.institutionCustomerId}`, { token });
    expect([wrong.status, wrong.body.code]).toEqual([404, 'ACC_00012']);
  });

  it('works the same with a password-grant token (no loginId)', async () => {
    const password = await accessToken(sandbox, { form: passwordForm(acme.username, acme.password) });
    const grouped = await call(sandbox, `/v1/accounts?${group(1).slice(1)}`, { token: password });
    expect(grouped.body).toEqual((await list(group(1))).body);
  });

  it('does not know business users by hostUserId', async () => {
    const result = await call(sandbox, '/v1/accounts?hostUserId=acme.admin', { token });
    expect([result.status, result.body.code]).toEqual([404, 'ACC_00101']);
  });

  it('lets a retail user use the group parameters too (one group)', async () => {
    const result = await call(sandbox, `/v1/accounts?hostUserId=${SEED_USERS.retailSingle.userId}${group(0)}`, { token });
    expect(result.body.totalGroupCount).toBe(1);
    expect(result.body.accounts).toHaveLength(1);
    expect((await call(sandbox, `/v1/accounts?hostUserId=${SEED_USERS.retailSingle.userId}${group(1)}`, { token })).body.code).toBe('ACC_99994');
  });
});
