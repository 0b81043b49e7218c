import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_FIELDS } from '../../src/sandbox/routes/account-projection.js';
import { DEFAULT_CLIENT, SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createSeed } from '../../src/sandbox/seed.js';
import { READ_ONLY_CLIENT, accessToken, basic, call, keysOf } from './helpers.js';

const alex = SEED_USERS.retailRich;
const seed = createSeed();
const alexRecord = seed.byLoginId.get(alex.loginId)!;
const account = (label: string) => seed.accountsByLabel.get(label)!;

let sandbox: Sandbox;
let token: string;
let masked: string;

beforeAll(async () => {
  sandbox = await startSandbox({ clients: [DEFAULT_CLIENT, READ_ONLY_CLIENT] });
  token = await accessToken(sandbox);
  masked = await accessToken(sandbox, { authorization: basic(READ_ONLY_CLIENT.clientId, READ_ONLY_CLIENT.clientSecret) });
});
afterAll(() => sandbox.close());

const list = (query = '', as = token) => call(sandbox, `/v1/accounts?hostUserId=${alex.userId}${query}`, { token: as });
const single = (id: string, query = '', as = token) => call(sandbox, `/v1/accounts/${encodeURIComponent(id)}?hostUserId=${alex.userId}${query}`, { token: as });

describe('GET accounts (retail)', () => {
  it("lists every account of the user in the seed's order, with the full external field set", async () => {
    const result = await list();
    expect(result.status).toBe(200);
    expect(keysOf(result.body)).toEqual(['accounts']);
    expect(result.body.accounts.map((a: any) => a.id)).toEqual(alexRecord.entitlements.map((e) => e.account.id));
    for (const a of result.body.accounts) {
      for (const key of Object.keys(a)) expect(VIEW_FIELDS.full).toContain(key);
      expect(a.institutionUserId).toBe(alexRecord.institutionUserId);
      expect(Object.values(a)).not.toContain(null);
    }
    const checking = result.body.accounts[0];
    expect(checking).toMatchObject({ accountNumber: account('alex:everyday-checking').accountNumber, nickName: 'Everyday', micrNumber: expect.any(String) });
  });

  it('returns exactly the contract §3.2 field sets for viewName s and m', async () => {
    const id = account('alex:everyday-checking').id;
    const full = await single(id);
    const small = await single(id, '&viewName=s');
    const medium = await single(id, '&viewName=m');
    expect(keysOf(small.body)).toEqual([...VIEW_FIELDS.s].filter((f) => full.body[f] !== undefined).sort());
    expect(small.body.nickName).toBeUndefined();
    expect(keysOf(medium.body)).toEqual(keysOf(full.body).filter((f) => f !== 'micrNumber'));
    expect(VIEW_FIELDS.s).toHaveLength(20);
    expect(VIEW_FIELDS.full).toHaveLength(34);
    const loan = await single(account('alex:auto-loan').id, '&viewName=s');
    expect(loan.body).toMatchObject({ nextPaymentAmount: expect.any(Object), nextPaymentDate: expect.any(String), payOffAmount: expect.any(Object) });
    expect(loan.body.originalLoanAmount).toBeUndefined();
    expect((await list('&viewName=x')).body.code).toBe('ACC_99994');
  });

  it('drops cross-user accounts with crossAccount=false only', async () => {
    const all = (await list('&crossAccount=true')).body.accounts;
    const own = (await list('&crossAccount=false')).body.accounts;
    expect(all.some((a: any) => a.category === 'CROSS_USER_ACCOUNT')).toBe(true);
    expect(own).toEqual(all.filter((a: any) => a.category !== 'CROSS_USER_ACCOUNT'));
    expect((await list('&crossAccount=maybe')).body.code).toBe('ACC_99994');
  });

  it('adds additionalInfo with ownershipType and isVisible on request; hidden accounts are still listed', async () => {
    expect((await list()).body.accounts[0].additionalInfo).toBeUndefined();
    const accounts = (await list('&additionalFields=true')).body.accounts;
    const info = (a: any) => Object.fromEntries(a.additionalInfo.entry.map((e: any) => [e.key, e.value]));
    expect(new Set(accounts.map((a: any) => info(a).ownershipType))).toEqual(new Set(['PRIMARY', 'JOINT', 'CROSS']));
    const hidden = accounts.find((a: any) => a.id === account('alex:holiday-club').id);
    expect(info(hidden)).toEqual({ ownershipType: 'PRIMARY', isVisible: 'false' });
    expect(info(accounts[0]).isVisible).toBe('true');
  });

  it.each([
    ["category eq 'LOAN'", (e: any) => e.category === 'LOAN'],
    ["type eq 'SAVINGS' and category eq 'DEPOSIT'", (e: any) => e.account.typeValue === 'SAVINGS' && e.category === 'DEPOSIT'],
    ["contains(tolower(name),'checking')", (e: any) => e.nickName.toLowerCase().includes('checking')],
    ["(category eq 'INVESTMENT') or (category eq 'TIERED_LOAN')", (e: any) => ['INVESTMENT', 'TIERED_LOAN'].includes(e.category)],
  ])('filters with $filter=%s', async (filter, expected) => {
    const result = await list(`&$filter=${encodeURIComponent(filter)}`);
    expect(result.status).toBe(200);
    const ids = result.body.accounts.map((a: any) => a.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(alexRecord.entitlements.filter(expected).map((e) => e.account.id));
  });

  it('fetches many accounts by id in one call (100+ id terms)', async () => {
    const ids = alexRecord.entitlements.map((e) => e.account.id);
    const terms = [...ids, ...ids, ...ids].map((id) => `id eq '${id}'`);
    expect(terms.length).toBeGreaterThan(100);
    const result = await list(`&$filter=${encodeURIComponent(terms.join(' or '))}`);
    expect(result.body.accounts.map((a: any) => a.id)).toEqual(ids);
  });

  it('answers ACC_00005 for filters outside the supported subset', async () => {
    for (const filter of ["balance gt '5'", "category lt 'LOAN'", 'startswith(name,\'a\')', "category eq 'LOAN' and"]) {
      const result = await list(`&$filter=${encodeURIComponent(filter)}`);
      expect([result.status, result.body.code], filter).toEqual([400, 'ACC_00005']);
    }
  });
});

describe('account number masking', () => {
  it('shows the last 4 digits without accounts:read_unmasked, the full number with it', async () => {
    const full = (await list('', token)).body.accounts;
    const short = (await list('', masked)).body.accounts;
    expect(short.map((a: any) => a.accountNumber)).toEqual(full.map((a: any) => a.accountNumber.slice(-4)));
    expect(full[0].accountNumber.length).toBeGreaterThan(4);
  });

  it('filters on the number as the caller sees it', async () => {
    const number = account('alex:everyday-checking').accountNumber;
    const byFull = encodeURIComponent(`accountNumber eq '${number}'`);
    const byLast4 = encodeURIComponent(`accountNumber eq '${number.slice(-4)}'`);
    expect((await list(`&$filter=${byFull}`, token)).body.accounts).toHaveLength(1);
    expect((await list(`&$filter=${byFull}`, masked)).body.accounts).toHaveLength(0);
    expect((await list(`&$filter=${byLast4}`, masked)).body.accounts.map((a: any) => a.id)).toContain(account('alex:everyday-checking').id);
  });
});

describe('GET accounts/{id}', () => {
  it('returns the bare account the list shows', async () => {
    const id = account('alex:mortgage').id;
    const fromList = (await list()).body.accounts.find((a: any) => a.id === id);
    const result = await single(id);
    expect(result.status).toBe(200);
    expect(result.body).toEqual(fromList);
    expect(result.body).toMatchObject({ category: 'LOAN', escrowBalance: expect.any(Object), term: { duration: 360, termType: 'MONTHS' } });
  });

  it('answers 404 ACC_00012 for unknown ids and for ids the user is not entitled to', async () => {
    for (const id of ['does-not-exist', account('sam:checking').id, account('acme:holdings:operating').id]) {
      const result = await single(id);
      expect([result.status, result.body]).toEqual([404, { code: 'ACC_00012', message: 'Data not found' }]);
    }
  });

  it('hides a cross-user account when crossAccount=false, and checks institutionCustomerId', async () => {
    const cross = account('maria:checking').id;
    expect((await single(cross)).body.category).toBe('CROSS_USER_ACCOUNT');
    expect((await single(cross, '&crossAccount=false')).status).toBe(404);
    const own = alexRecord.customers[0]!.institutionCustomerId;
    expect((await single(cross, `&institutionCustomerId=${own}`)).status).toBe(200);
    expect((await single(cross, '&institutionCustomerId=0123456789abcdef0123456789abcdef')).body.code).toBe('ACC_00017');
  });

  it('is the same account, with the viewer in institutionUserId, for both joint owners', async () => {
    const id = account('alex:household-checking').id;
    const jamie = seed.byLoginId.get('jamie.rivera')!;
    const [mine, theirs] = await Promise.all([single(id), call(sandbox, `/v1/accounts/${id}?loginId=jamie.rivera`, { token })]);
    expect(mine.body.institutionUserId).toBe(alexRecord.institutionUserId);
    expect(theirs.body.institutionUserId).toBe(jamie.institutionUserId);
    expect({ ...theirs.body, institutionUserId: 0, institutionCustomerId: 0 }).toEqual({ ...mine.body, institutionUserId: 0, institutionCustomerId: 0 });
  });

  it('lists nothing for a user with no accounts', async () => {
    const result = await call(sandbox, `/v1/accounts?hostUserId=${SEED_USERS.retailEmpty.userId}`, { token });
    expect(result.body).toEqual({ accounts: [] });
  });
});
