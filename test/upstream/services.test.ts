import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { getAccount, listAccounts, updateAccount } from '../../src/upstream/accounts.js';
import { createBankClient } from '../../src/upstream/client.js';
import type { BankCallContext, BankClient } from '../../src/upstream/client.js';
import { DEFAULT_SCOPES, upstreamConfigFrom } from '../../src/upstream/config.js';
import { isNotFoundError } from '../../src/upstream/errors.js';
import { getInstitutionUser } from '../../src/upstream/institution-users.js';
import { categoriesFilter, idsFilter } from '../../src/upstream/odata.js';
import { createRecipient, deleteRecipient, getRecipient, listRecipients, updateRecipient } from '../../src/upstream/recipients.js';
import { listTransactions } from '../../src/upstream/transactions.js';
import type { UserContext } from '../../src/upstream/types.js';

// Every service function against the sandbox, in both path styles and over both transports.

const as = (seed: { userId: string; idType: UserContext['idType'] }): UserContext => ({ userId: seed.userId, idType: seed.idType });
const rich = as(SEED_USERS.retailRich);
const business = as(SEED_USERS.business);
const sam = as(SEED_USERS.retailSingle);
const empty = as(SEED_USERS.retailEmpty);
const entry = (info: { entry: Array<{ key: string; value: string }> } | undefined, key: string) =>
  info?.entry.find((e) => e.key === key)?.value;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe.each([
  { style: 'db', http: 'node-fetch', prefix: /^\/(db-(accounts|recipients|transactions|users)|ux-users)\/v1\// },
  { style: 'v1', http: 'undici', prefix: /^\/v1\/(accounts|recipients|transactions|institution-users|customers)\b/ },
  { style: 'db', http: 'undici', prefix: /^\/(db-(accounts|recipients|transactions|users)|ux-users)\/v1\// },
  { style: 'v1', http: 'node-fetch', prefix: /^\/v1\/(accounts|recipients|transactions|institution-users|customers)\b/ },
] as const)('service functions, $style paths over $http', ({ style, http, prefix }) => {
  let client: BankClient;
  const ctx = (user: UserContext): BankCallContext => ({ client, user });
  const calls = () => sandbox.requests().filter((r) => r.route !== 'token' && r.route !== 'revoke');

  beforeAll(() => {
    client = createBankClient(upstreamConfigFrom({
      baseUrl: sandbox.url, clientId: 'sandbox-client', clientSecret: 'sandbox-secret', institutionId: '00016',
      apiStyle: style, http, timeoutMs: 2_000, deadlineMs: 4_000, accountUpdate: 'patch',
      // Unmasked numbers only so a test can address a recipient's account; the gateway does without.
      scopes: [...DEFAULT_SCOPES, 'accounts:read_unmasked'],
    }));
  });
  afterAll(() => client.close());
  beforeEach(() => {
    sandbox.clearRequests();
    return () => {
      // Whatever a test called, it called it on this style's paths.
      for (const call of calls()) expect(call.path).toMatch(prefix);
    };
  });

  it('lists accounts with the user context, filters, views and cross-account switch', async () => {
    const all = (await listAccounts(ctx(rich))).accounts;
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(calls()[0]).toMatchObject({ route: 'accounts', status: 200, query: { hostUserId: rich.userId } });

    const two = all.slice(0, 2).map((a) => a.id);
    expect((await listAccounts(ctx(rich), { filter: idsFilter(two) })).accounts.map((a) => a.id).sort()).toEqual([...two].sort());
    const loans = (await listAccounts(ctx(rich), { filter: categoriesFilter(['LOAN']) })).accounts;
    expect(loans.length).toBeGreaterThan(0);
    expect(loans.every((a) => a.category === 'LOAN')).toBe(true);
    const small = (await listAccounts(ctx(rich), { viewName: 's', crossAccount: false, additionalFields: true })).accounts;
    expect(small.some((a) => a.category === 'CROSS_USER_ACCOUNT')).toBe(false);
    expect(small.every((a) => a.nickName === undefined && entry(a.additionalInfo, 'ownershipType'))).toBe(true);
    expect(calls().at(-1)!.query).toEqual({
      hostUserId: rich.userId, viewName: 's', crossAccount: 'false', additionalFields: 'true',
    });
  });

  it('pages a business user through location groups and by location', async () => {
    const first = await listAccounts(ctx(business), { group: { skip: 0 } });
    expect(first.totalGroupCount).toBeGreaterThanOrEqual(4);
    expect(calls()[0]!.query).toEqual({ loginId: business.userId, $apply: 'groupBy(customer)', $skipGroups: '0', $topGroups: '1' });
    const location = first.accounts[0]!.institutionCustomerId!;
    const byLocation = await listAccounts(ctx(business), { institutionCustomerId: location });
    expect(byLocation.accounts.map((a) => a.id).sort()).toEqual(first.accounts.map((a) => a.id).sort());
  });

  it('gets one account, and reports an unknown one as not found', async () => {
    const [account] = (await listAccounts(ctx(rich))).accounts;
    expect((await getAccount(ctx(rich), account!.id, { viewName: 'm' })).id).toBe(account!.id);
    const error = await getAccount(ctx(rich), 'no-such-account').catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
    expect(error).toMatchObject({ service: 'accounts', status: 404, code: 'ACC_00012' });
  });

  it('updates an account nickname with PATCH', async () => {
    const accounts = (await listAccounts(ctx(rich), { additionalFields: true, crossAccount: false })).accounts;
    const own = accounts.find((a) => entry(a.additionalInfo, 'ownershipType') === 'PRIMARY')!;
    const nickName = `Holiday ${style}-${http}`;
    expect((await updateAccount(ctx(rich), own.id, { nickName })).nickName).toBe(nickName);
    expect((await getAccount(ctx(rich), own.id)).nickName).toBe(nickName);
    expect(calls().find((c) => c.route === 'account-update')).toMatchObject({ method: 'PATCH', status: 200 });
  });

  it('reads the institution user by login id or host user id', async () => {
    const user = await getInstitutionUser(ctx(business));
    expect(calls()[0]!.query).toEqual({ userIdType: 'LOGIN_ID' });
    expect(user.institutionCustomers!.length).toBeGreaterThan(1);
    expect((await getInstitutionUser(ctx(rich))).institutionCustomers).toHaveLength(1);
    expect(calls().at(-1)!.query).toEqual({ userIdType: 'HOST_USER_ID' });
  });

  it('lists, gets, creates, updates and deletes recipients', async () => {
    const listed = (await listRecipients(ctx(rich))).recipients;
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect((await getRecipient(ctx(rich), listed[0]!.id)).id).toBe(listed[0]!.id);

    // Nora (no recipients yet) adds Sam, the way Candescent's Postman flow derives the fields.
    const target = (await listAccounts(ctx(sam))).accounts.find((a) => a.allowedActions?.transferTo)!;
    const member = await getInstitutionUser(ctx(sam));
    const nickName = `Sam ${style}-${http}`;
    const created = (await createRecipient(ctx(empty), {
      nickName, memberNumber: sam.userId, accountNumber: target.accountNumber, accountType: target.type.value,
      passCode: member.lastName!.slice(0, 3).toUpperCase(), email: 'sam@example.com',
    }));
    expect(created).toMatchObject({ nickName, memberNumber: sam.userId });
    expect(created).not.toHaveProperty('passCode');
    const renamed = `Sam L ${style}-${http}`;
    expect((await updateRecipient(ctx(empty), created.id, { nickName: renamed })).nickName).toBe(renamed);
    expect((await listRecipients(ctx(empty))).recipients.map((r) => r.nickName)).toEqual([renamed]);
    await deleteRecipient(ctx(empty), created.id);
    expect(calls().find((c) => c.route === 'recipient-delete')).toMatchObject({ method: 'DELETE', status: 204 });
    const gone = await getRecipient(ctx(empty), created.id).catch((e: unknown) => e);
    expect(isNotFoundError(gone)).toBe(true);
    expect(gone).toMatchObject({ status: 400, code: 'REC_14004' });
  });

  it('pages transactions with literal $skip/$top', async () => {
    const [account] = (await listAccounts(ctx(rich), { filter: categoriesFilter(['DEPOSIT']) })).accounts;
    const page = await listTransactions(ctx(rich), { accountId: account!.id, skip: 0, top: 5 });
    expect(page.transactions.length).toBeLessThanOrEqual(5);
    expect(page.transactions.every((t) => t.accountId === account!.id)).toBe(true);
    expect(calls().at(-1)!.query).toEqual({ accountId: account!.id, hostUserId: rich.userId, $skip: '0', $top: '5' });
  });

  it('reports an unknown user with the bank code', async () => {
    const error = await listAccounts(ctx({ userId: '9999999999', idType: 'hostUserId' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'ACC_00101' });
    expect(isNotFoundError(error)).toBe(false);
  });
});
