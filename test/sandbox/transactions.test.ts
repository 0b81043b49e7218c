import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_TODAY, SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createSeed } from '../../src/sandbox/seed.js';
import { addDays } from '../../src/sandbox/seed/seed-ids.js';
import { accessToken, call } from './helpers.js';

const alex = SEED_USERS.retailRich;
const seed = createSeed();
const account = (label: string) => seed.accountsByLabel.get(label)!;
const checking = account('alex:everyday-checking');

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  token = await accessToken(sandbox);
});
afterAll(() => sandbox.close());

const list = (query: string, user = `hostUserId=${alex.userId}`) => call(sandbox, `/v1/transactions?${user}&${query}`, { token });
const inWindow = (start: string, end: string) => checking.transactions.filter((t) => t.transactionDate >= start && t.transactionDate <= end);

describe('GET transactions', () => {
  it('defaults to the 30 days up to the sandbox today, newest first, pending ones included', async () => {
    const result = await list(`accountId=${checking.id}`);
    expect(result.status).toBe(200);
    const { transactions } = result.body;
    expect(result.body.pagination).toBeUndefined();
    expect(transactions.map((t: any) => t.id)).toEqual(inWindow(addDays(SANDBOX_TODAY, -30), SANDBOX_TODAY).map((t) => t.id));
    expect(transactions.length).toBeGreaterThan(10);
    expect(transactions[0]).toMatchObject({ transactionDate: SANDBOX_TODAY, isPending: true, isExportable: false });
    expect(transactions.some((t: any) => !t.isPending && t.effectiveDate && t.ledgerBalance)).toBe(true);
    for (const t of transactions) {
      expect(t).toMatchObject({
        accountId: checking.id, institutionId: '00016', institutionUserId: expect.stringMatching(/^[0-9A-F]{32}$/),
        amount: { currencyCode: 'USD', amount: expect.any(Number) }, type: expect.any(String), isCreditTransaction: expect.any(Boolean),
      });
      expect(Object.values(t)).not.toContain(null);
    }
  });

  it('honours an inclusive date range', async () => {
    const result = await list(`accountId=${checking.id}&startDate=2025-06-01&endDate=2025-12-31`);
    expect(result.body.transactions.map((t: any) => t.id)).toEqual(inWindow('2025-06-01', '2025-12-31').map((t) => t.id));
    expect(result.body.transactions.length).toBeGreaterThan(100);
  });

  it.each([
    ['an unparseable date', 'startDate=yesterday'],
    ['an impossible date', 'startDate=2026-02-30'],
    ['start after end', 'startDate=2026-05-10&endDate=2026-05-01'],
  ])('rejects %s with TXN_10001', async (_name, query) => {
    const result = await list(`accountId=${checking.id}&${query}`);
    expect([result.status, result.body.code]).toEqual([400, 'TXN_10001']);
  });

  it('pages with $skip/$top and reports pagination {count, top, previous, next}', async () => {
    const range = 'startDate=2025-05-15&endDate=2026-05-15';
    const total = inWindow('2025-05-15', '2026-05-15');
    const first = await list(`accountId=${checking.id}&${range}&$skip=0&$top=25`);
    expect(first.body.transactions.map((t: any) => t.id)).toEqual(total.slice(0, 25).map((t) => t.id));
    expect(first.body.pagination).toEqual({ count: total.length, top: 25, next: '/transactions?$skip=25&$top=25' });
    const middle = await list(`accountId=${checking.id}&${range}&$skip=50&$top=25`);
    expect(middle.body.transactions.map((t: any) => t.id)).toEqual(total.slice(50, 75).map((t) => t.id));
    expect(middle.body.pagination).toEqual({ count: total.length, top: 25, previous: '/transactions?$skip=25&$top=25', next: '/transactions?$skip=75&$top=25' });
    const last = await list(`accountId=${checking.id}&${range}&$skip=${total.length - 5}&$top=25`);
    expect(last.body.transactions).toHaveLength(5);
    expect(last.body.pagination.next).toBeUndefined();
    const past = await list(`accountId=${checking.id}&${range}&$skip=${total.length}&$top=25`);
    expect(past.body).toEqual({ transactions: [] });
    const topOnly = await list(`accountId=${checking.id}&$top=3`);
    expect(topOnly.body.transactions).toHaveLength(3);
    expect(topOnly.body.pagination).toBeUndefined();
  });

  it('filters credits or debits after paging', async () => {
    const page = (await list(`accountId=${checking.id}&$skip=0&$top=20`)).body.transactions;
    const credits = (await list(`accountId=${checking.id}&$skip=0&$top=20&isCreditTransaction=true`)).body.transactions;
    expect(credits).toEqual(page.filter((t: any) => t.isCreditTransaction));
  });

  it.each([
    ['a negative $skip', '$skip=-1&$top=5', 400, 'TXN_10005'],
    ['a non-numeric $top', '$skip=0&$top=ten', 400, 'TXN_10005'],
    ['an odd isCreditTransaction', 'isCreditTransaction=yes', 400, 'TXN_10005'],
    ['a $filter', "$filter=id eq 'x'", 400, 'TXN_20005'],
  ])('rejects %s', async (_name, query, status, code) => {
    const result = await list(`accountId=${checking.id}&${query}`);
    expect([result.status, result.body.code]).toEqual([status, code]);
  });

  it('needs an account of the user, with history enabled and entitled', async () => {
    const missing = await list('');
    expect([missing.status, missing.body.code]).toEqual([400, 'TXN_10007']);
    const foreign = await list(`accountId=${account('sam:checking').id}`);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'TXN_90000']);
    const disabled = await list(`accountId=${account('alex:legacy-checking').id}`);
    expect([disabled.status, disabled.body.code]).toEqual([400, 'TXN_20001']);
    const notEntitled = await list(`accountId=${account('alex:escrow-savings').id}`);
    expect([notEntitled.status, notEntitled.body.code]).toEqual([400, 'TXN_20002']);
  });

  it('needs institutionCustomerId for business users, and the account must be in that location', async () => {
    const acme = seed.byLoginId.get('acme.admin')!;
    const [first, second] = acme.customers;
    const operating = account('acme:holdings:operating');
    const user = 'loginId=acme.admin';
    expect((await list(`accountId=${operating.id}`, user)).body.code).toBe('TXN_10006');
    expect((await list(`accountId=${operating.id}&institutionCustomerId=ffffffffffffffffffffffffffffffff`, user)).body.code).toBe('TXN_10006');
    const ok = await list(`accountId=${operating.id}&institutionCustomerId=${first!.institutionCustomerId}`, user);
    expect(ok.status).toBe(200);
    expect(ok.body.transactions[0].institutionCustomerId).toBe(first!.institutionCustomerId);
    const elsewhere = await list(`accountId=${operating.id}&institutionCustomerId=${second!.institutionCustomerId}`, user);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'TXN_90000']);
  });
});
