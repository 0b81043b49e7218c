import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const rich = SEED_USERS.retailRich;

/** True when every pair of calls overlapped in time: they were in flight together, not one after another. */
function ranConcurrently(calls: Array<{ startedAt: number; finishedAt: number }>): boolean {
  const lastStart = Math.max(...calls.map((c) => c.startedAt));
  const firstEnd = Math.min(...calls.map((c) => c.finishedAt));
  return lastStart < firstEnd;
}

describe('upstream call budget (counted from the sandbox request log)', () => {
  let gw: TestGateway;
  let accountIds: string[];

  beforeAll(async () => {
    // Latency makes concurrency observable: sequential calls could not overlap.
    gw = await startTestGateway({ sandbox: { latencyMs: 30 } });
    const res = await gw.query('{ viewer { accounts { id } } }', {}, rich);
    accountIds = res.body.data!.viewer.accounts.map((a: { id: string }) => a.id);
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('serves the retail dashboard (all accounts with balances, plus recipients) with 2 concurrent calls', async () => {
    const res = await gw.query(
      `{ viewer {
          accounts { id nickName accountNumber status { isOpen } balance { current { amount currencyCode } available { amount } } }
          recipients { id nickName accountNumber }
      } }`,
      {},
      rich,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.viewer.accounts.length).toBeGreaterThanOrEqual(40);
    expect(res.body.data!.viewer.recipients.length).toBeGreaterThan(0);
    const calls = gw.upstreamCalls();
    expect(calls.map((c) => c.route).sort()).toEqual(['accounts', 'recipients']);
    expect(ranConcurrently(calls)).toBe(true);
  });

  it('answers 25 aliased account(id:) lookups with one $filter call', async () => {
    const ids = accountIds.slice(0, 25);
    const query = `{ viewer { ${ids.map((id, i) => `a${i}: account(id: "${id}") { id accountNumber }`).join(' ')} } }`;
    const res = await gw.query(query, {}, rich);
    expect(res.body.errors).toBeUndefined();
    expect(ids.map((_, i) => res.body.data!.viewer[`a${i}`].id)).toEqual(ids);
    const calls = gw.upstreamCalls();
    expect(calls).toHaveLength(1);
    expect(calls[0].route).toBe('accounts');
    expect(calls[0].query.$filter.match(/id eq '/g)).toHaveLength(25);
  });

  it('splits id lookups above the batch maximum into concurrent calls', async () => {
    const small = await startTestGateway({ sandbox: { latencyMs: 30 }, env: { ACCOUNT_ID_BATCH_MAX: '10' } });
    try {
      const ids = accountIds.slice(0, 25);
      const res = await small.query(`{ viewer { ${ids.map((id, i) => `a${i}: account(id: "${id}") { id }`).join(' ')} } }`, {}, rich);
      expect(res.body.errors).toBeUndefined();
      const calls = small.upstreamCalls().filter((c) => c.route === 'accounts');
      expect(calls.map((c) => c.query.$filter.match(/id eq '/g)!.length).sort()).toEqual([10, 10, 5]);
      expect(ranConcurrently(calls)).toBe(true);
    } finally {
      await small.close();
    }
  });

  it('makes no extra call for account(id:) when the same operation loads the account list', async () => {
    const res = await gw.query(
      `{ viewer { first: account(id: "${accountIds[3]}") { id } accounts { id } second: account(id: "${accountIds[7]}") { nickName } } }`,
      {},
      rich,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.viewer.first.id).toBe(accountIds[3]);
    expect(gw.upstreamCalls()).toHaveLength(1);
    expect(gw.upstreamCalls()[0].query.$filter).toBeUndefined();
  });

  it('fetches the same list once however many fields ask for it', async () => {
    const res = await gw.query(
      '{ viewer { a: accounts { id } b: accounts { nickName } c: accounts { balance { current { amount } } } } }',
      {},
      rich,
    );
    expect(res.body.errors).toBeUndefined();
    expect(gw.upstreamCalls()).toHaveLength(1);
  });

  it('pushes category filters and cross-account exclusion down to the bank', async () => {
    const res = await gw.query(
      '{ viewer { accounts(filter: { categories: [LOAN, DEPOSIT], includeCrossAccounts: false }) { category } } }',
      {},
      rich,
    );
    expect(res.body.errors).toBeUndefined();
    const categories = new Set(res.body.data!.viewer.accounts.map((a: { category: string }) => a.category));
    expect([...categories].sort()).toEqual(['DEPOSIT', 'LOAN']);
    const [call] = gw.upstreamCalls();
    expect(call.query.$filter).toBe("category eq 'LOAN' or category eq 'DEPOSIT'");
    expect(call.query.crossAccount).toBe('false');
  });

  it.each([
    ['s when only small-set fields are selected', '{ id accountNumber category balance { current { amount } } }', 's'],
    ['m when a nickname is selected', '{ id nickName }', 'm'],
    ['the full set when the MICR number is selected', '{ id micrNumber }', undefined],
  ])('asks for viewName %s', async (_name, selection, viewName) => {
    const res = await gw.query(`{ viewer { accounts ${selection} } }`, {}, rich);
    expect(res.body.errors).toBeUndefined();
    expect(gw.upstreamCalls()[0].query.viewName).toBe(viewName);
  });

  it('asks for additionalFields only when ownership or visibility is selected', async () => {
    await gw.query('{ viewer { accounts { id } } }', {}, rich);
    await gw.query('{ viewer { accounts { id ownership isVisible } } }', {}, rich);
    const [plain, extra] = gw.upstreamCalls();
    expect(plain.query.additionalFields).toBeUndefined();
    expect(extra.query.additionalFields).toBe('true');
  });

  it('loads transactions of K accounts with K concurrent calls', async () => {
    const ids = accountIds.slice(0, 8);
    const query = `{ viewer { ${ids.map((id, i) => `a${i}: account(id: "${id}") { transactions(first: 10) { edges { node { id } } } }`).join(' ')} } }`;
    const res = await gw.query(query, {}, rich);
    expect(res.body.errors).toBeUndefined();
    const transactionCalls = gw.upstreamCalls().filter((c) => c.route === 'transactions');
    expect(transactionCalls.length).toBeLessThanOrEqual(8);
    expect(transactionCalls.every((c) => c.query.$top === '10' && c.query.$skip === '0')).toBe(true);
    expect(ranConcurrently(transactionCalls)).toBe(true);
    expect(gw.upstreamCalls().filter((c) => c.route === 'accounts')).toHaveLength(1);
  });

  it('caps concurrent transaction calls per operation', async () => {
    const capped = await startTestGateway({ sandbox: { latencyMs: 20 }, env: { TRANSACTIONS_CONCURRENCY: '2' } });
    try {
      const res = await capped.query('{ viewer { accounts(filter: { categories: [DEPOSIT] }) { transactions(first: 1) { totalCount } } } }', {}, rich);
      expect(res.body.errors).toBeUndefined();
      const calls = capped.upstreamCalls().filter((c) => c.route === 'transactions');
      expect(calls.length).toBeGreaterThan(2);
      // The log's finish time is taken after the response is written, when the next call may already be on its way:
      // a few milliseconds of overlap are bookkeeping, 20 ms (the latency) would be a third call in flight.
      const events = calls.flatMap((c) => [[c.startedAt + 5, 1], [c.finishedAt - 5, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let inFlight = 0;
      let maxInFlight = 0;
      for (const [, delta] of events) maxInFlight = Math.max(maxInFlight, (inFlight += delta));
      expect(maxInFlight).toBeLessThanOrEqual(2);
    } finally {
      await capped.close();
    }
  });
});
