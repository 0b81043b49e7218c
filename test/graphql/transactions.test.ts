import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { PROFILES, startTestGateway, type TestGateway } from '../support/gateway.js';

const rich = SEED_USERS.retailRich;
/** Six weeks of the seed's history: fewer rows than one page of 100 holds. */
const WINDOW = { startDate: '2026-04-01', endDate: '2026-05-15' };

interface Row {
  id: string;
  type: string;
  direction: 'CREDIT' | 'DEBIT';
  description: string | null;
  amount: { amount: string };
}
interface Page {
  totalCount: number | null;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: Row }>;
}

const PAGE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: TransactionFilter) {
  viewer { account(id: $id) { transactions(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id type direction description amount { amount } } } } } } }`;

const ids = (rows: Row[]) => rows.map((row) => row.id);
const cents = (amount: string) => Math.round(Number(amount) * 100);

describe.each(PROFILES)('Account.transactions filters and backward paging, %s bank', (profile) => {
  let gw: TestGateway;
  let id: string;
  /** The whole window, unfiltered: what every filtered answer is checked against. */
  let all: Row[];

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const res = await gw.query(PAGE, { id, ...variables }, rich);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.viewer.account.transactions as Page;
  }
  const history = () => gw.upstreamCalls().filter((call) => call.route === 'transactions');

  beforeAll(async () => {
    gw = await startTestGateway({ profile });
    const accounts = await gw.query('{ viewer { accounts(filter: { categories: [DEPOSIT] }) { id } } }', {}, rich);
    id = accounts.body.data!.viewer.accounts[0].id;
    const whole = await page({ first: 100, filter: WINDOW });
    all = whole.edges.map((edge) => edge.node);
    expect(whole.totalCount).toBe(all.length);
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('has a history varied enough for the filters to select something and leave something out', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((row) => row.direction))).toEqual(new Set(['CREDIT', 'DEBIT']));
    expect(new Set(all.map((row) => row.type)).size).toBeGreaterThan(2);
  });

  it.each([
    ['types', (rows: Row[]) => ({ types: [rows[0]!.type, rows[1]!.type] }), (f: any) => (row: Row) => f.types.includes(row.type)],
    ['direction', () => ({ direction: 'CREDIT' }), () => (row: Row) => row.direction === 'CREDIT'],
    ['amount range', () => ({ amount: { min: '20', max: '500.00' } }), () => (row: Row) => cents(row.amount.amount) >= 2000 && cents(row.amount.amount) <= 50000],
    ['text, ignoring case', (rows: Row[]) => ({ text: rows[0]!.description!.slice(1, 6).toUpperCase() }),
      (f: any) => (row: Row) => (row.description ?? '').toLowerCase().includes(f.text.toLowerCase())],
    ['all of them at once', () => ({ direction: 'DEBIT', amount: { min: '1' } }), () => (row: Row) => row.direction === 'DEBIT' && cents(row.amount.amount) >= 100],
  ])('filters by %s on the gateway, with the filtered totalCount, in one bank call', async (_name, criteria, predicate) => {
    const filter = { ...WINDOW, ...criteria(all) };
    const expected = all.filter(predicate(filter));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const result = await page({ first: 100, filter });
    expect(ids(result.edges.map((e) => e.node))).toEqual(ids(expected));
    expect(result.totalCount).toBe(expected.length);
    expect(result.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    // The whole window in one call; the bank refuses $filter and pages before isCreditTransaction, so neither is sent.
    expect(history().map((call) => call.query)).toEqual([
      { accountId: expect.any(String), hostUserId: rich.userId, ...WINDOW, $skip: '0', $top: '1000' },
    ]);
  });

  it('pages a filtered list with its own cursors, one bank call per page', async () => {
    const filter = { ...WINDOW, direction: 'DEBIT' };
    const expected = all.filter((row) => row.direction === 'DEBIT');
    const seen: Row[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result = await page({ first: 3, after, filter });
      expect(result.totalCount).toBe(expected.length);
      expect(result.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...result.edges.map((e) => e.node));
      pages++;
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(ids(seen)).toEqual(ids(expected));
    expect(history()).toHaveLength(pages);
  });

  it('refuses a cursor of the unfiltered list on a filtered one', async () => {
    const unfiltered = await page({ first: 2, filter: WINDOW });
    gw.resetCalls();
    const res = await gw.query(PAGE, { id, first: 2, after: unfiltered.pageInfo.endCursor, filter: { ...WINDOW, direction: 'CREDIT' } }, rich);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(history()).toEqual([]);
  });

  it('pages backwards from the end with last/before: the first page reads the window once, the others page at the bank', async () => {
    const seen: Row[] = [];
    let before: string | null = null;
    const pages: Page[] = [];
    for (;;) {
      const result = await page({ last: 4, before, filter: WINDOW });
      pages.push(result);
      expect(result.totalCount).toBe(all.length);
      seen.unshift(...result.edges.map((e) => e.node));
      if (!result.pageInfo.hasPreviousPage) break;
      before = result.pageInfo.startCursor;
    }
    expect(ids(seen)).toEqual(ids(all));
    expect(pages[0]!.pageInfo.hasNextPage).toBe(false);
    expect(pages.slice(1).every((p) => p.pageInfo.hasNextPage)).toBe(true);
    expect(pages.at(-1)!.edges.length).toBe(all.length % 4 || 4);
    const calls = history().map((call) => [call.query.$skip, call.query.$top]);
    expect(calls).toHaveLength(pages.length);
    expect(calls[0]).toEqual(['0', '1000']);
    // Each later page is the 4 rows before the previous page's start (the last one what is left at the top).
    const starts = pages.map((p, i) => all.length - 4 * (i + 1));
    expect(calls.slice(1)).toEqual(starts.slice(1).map((start) => [String(Math.max(start, 0)), String(Math.min(4, start + 4))]));
  });

  it('pages backwards on a filtered list, and forwards again from a backward page', async () => {
    const filter = { ...WINDOW, direction: 'DEBIT' };
    const expected = all.filter((row) => row.direction === 'DEBIT');
    const last = await page({ last: 2, filter });
    expect(ids(last.edges.map((e) => e.node))).toEqual(ids(expected.slice(-2)));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const previous = await page({ last: 2, before: last.pageInfo.startCursor, filter });
    expect(ids(previous.edges.map((e) => e.node))).toEqual(ids(expected.slice(-4, -2)));
    const forward = await page({ first: 1, after: previous.pageInfo.endCursor, filter });
    expect(ids(forward.edges.map((e) => e.node))).toEqual(ids(expected.slice(-2, -1)));
    // Three operations: one bank call each.
    expect(history()).toHaveLength(3);
  });

  it('answers two filters of the same window in one operation with one bank call', async () => {
    const res = await gw.query(`query($id: ID!) { viewer { account(id: $id) {
      credits: transactions(first: 100, filter: { startDate: "${WINDOW.startDate}", endDate: "${WINDOW.endDate}", direction: CREDIT }) { totalCount }
      oldest: transactions(last: 1, filter: { startDate: "${WINDOW.startDate}", endDate: "${WINDOW.endDate}" }) { nodes { id } } } } }`, { id }, rich);
    expect(res.body.errors).toBeUndefined();
    const account = res.body.data!.viewer.account;
    expect(account.credits.totalCount).toBe(all.filter((row) => row.direction === 'CREDIT').length);
    expect(account.oldest.nodes).toEqual([{ id: all.at(-1)!.id }]);
    expect(history()).toHaveLength(1);
  });

  it.each([
    ['first and last together', { first: 2, last: 2 }, /first and last/],
    ['last out of range', { last: 101 }, /last must be between 1 and 100/],
    ['min above max', { first: 2, filter: { amount: { min: '10.5', max: '10.49' } } }, /min must not be above max/],
    ['empty text', { first: 2, filter: { text: '' } }, /text must be 1 to 100/],
  ])('refuses %s with BAD_USER_INPUT before calling the bank', async (_name, variables, message) => {
    const res = await gw.query(PAGE, { id, ...variables }, rich);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0]!.message).toMatch(message);
    expect(history()).toEqual([]);
  });

  it('answers an empty list of types with an empty connection and no bank call', async () => {
    const result = await page({ first: 5, filter: { types: [] } });
    expect(result).toMatchObject({ totalCount: 0, edges: [] });
    expect(history()).toEqual([]);
  });
});
