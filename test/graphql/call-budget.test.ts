import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { PROFILES, startTestGateway, type TestGateway } from '../support/gateway.js';
import { heldTogether } from '../support/in-flight.js';

const rich = SEED_USERS.retailRich;

describe.each(PROFILES)('upstream call budget (counted from the sandbox request log), %s bank', (profile) => {
  const strict = profile === 'strict';
  let gw: TestGateway;
  let accountIds: string[];

  beforeAll(async () => {
    gw = await startTestGateway({ profile });
    const res = await gw.query('{ viewer { accounts { id } } }', {}, rich);
    accountIds = res.body.data!.viewer.accounts.map((a: { id: string }) => a.id);
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('serves the retail dashboard (all accounts with balances, plus recipients) with 2 concurrent calls', async () => {
    const dashboard = `{ viewer {
        accounts { id nickName accountNumber status { isOpen } balance { current { amount currencyCode } available { amount } } }
        recipients { id nickName accountNumber }
    } }`;
    const res = await gw.query(dashboard, {}, rich);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.viewer.accounts.length).toBeGreaterThanOrEqual(40);
    expect(res.body.data!.viewer.recipients.length).toBeGreaterThan(0);
    const calls = gw.upstreamCalls();
    expect(calls.map((c) => c.route).sort()).toEqual(['accounts', 'recipients']);
    gw.resetCalls();
    const held = await heldTogether(gw, ['accounts', 'recipients'], dashboard, rich, 2);
    expect(held.map((c) => c.route).sort()).toEqual(['accounts', 'recipients']);
  });

  const lookups = (ids: string[]) => `{ viewer { ${ids.map((id, i) => `a${i}: account(id: "${id}") { id accountNumber }`).join(' ')} } }`;

  it(strict
    ? 'answers 25 aliased account(id:) lookups with one simple $filter per id once the bank refused `or` (remembered)'
    : 'answers 25 aliased account(id:) lookups with one $filter call', async () => {
    const ids = accountIds.slice(0, 25);
    const res = await gw.query(lookups(ids), {}, rich);
    expect(res.body.errors).toBeUndefined();
    expect(ids.map((_, i) => res.body.data!.viewer[`a${i}`].id)).toEqual(ids);
    const calls = gw.upstreamCalls();
    expect(calls.every((c) => c.route === 'accounts')).toBe(true);
    if (!strict) {
      expect(calls).toHaveLength(1);
      expect(calls[0].query.$filter.match(/id eq '/g)).toHaveLength(25);
      return;
    }
    // The first `or` is refused (400 ACC_00005), then one `id eq` per id: 26 calls.
    expect(calls).toHaveLength(26);
    expect(calls.filter((c) => c.status === 400).map((c) => c.query.$filter.match(/id eq '/g)!.length)).toEqual([25]);
    const single = calls.filter((c) => c.status === 200).map((c) => c.query.$filter);
    expect(new Set(single).size).toBe(25);
    expect(single.every((filter) => /^id eq '[^']+'$/.test(filter))).toBe(true);
    // Remembered for the process: the next operation does not ask with `or` again.
    gw.resetCalls();
    expect((await gw.query(lookups(ids.slice(0, 5)), {}, rich)).body.errors).toBeUndefined();
    expect(gw.upstreamCalls().map((c) => [c.status, c.query.$filter.includes(' or ')])).toEqual(Array(5).fill([200, false]));
  });

  it.runIf(!strict)('splits id lookups above the batch maximum into concurrent calls', async () => {
    const small = await startTestGateway({ profile, env: { ACCOUNT_ID_BATCH_MAX: '10' } });
    try {
      const ids = accountIds.slice(0, 25);
      const query = `{ viewer { ${ids.map((id, i) => `a${i}: account(id: "${id}") { id }`).join(' ')} } }`;
      const res = await small.query(query, {}, rich);
      expect(res.body.errors).toBeUndefined();
      const idsPerCall = (calls: ReturnType<TestGateway['upstreamCalls']>) =>
        calls.filter((c) => c.route === 'accounts').map((c) => c.query.$filter.match(/id eq '/g)!.length).sort();
      expect(idsPerCall(small.upstreamCalls())).toEqual([10, 10, 5]);
      small.resetCalls();
      expect(idsPerCall(await heldTogether(small, ['accounts'], query, rich, 3))).toEqual([10, 10, 5]);
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

  it(strict
    ? 'filters categories on the gateway where the bank refuses `or`, and drops cross accounts the bank still sends'
    : 'pushes category filters and cross-account exclusion down to the bank', async () => {
    const res = await gw.query(
      '{ viewer { accounts(filter: { categories: [LOAN, DEPOSIT], includeCrossAccounts: false }) { category } } }',
      {},
      rich,
    );
    expect(res.body.errors).toBeUndefined();
    const categories = new Set(res.body.data!.viewer.accounts.map((a: { category: string }) => a.category));
    expect([...categories].sort()).toEqual(['DEPOSIT', 'LOAN']);
    const calls = gw.upstreamCalls();
    expect(calls).toHaveLength(1);
    // The strict bank's refusal of `or` was learned by the lookups above.
    expect(calls[0].query.$filter).toBe(strict ? undefined : "category eq 'LOAN' or category eq 'DEPOSIT'");
    expect(calls[0].query.crossAccount).toBe('false');
  });

  it('learns on a list call too that the bank refuses `or`, and answers the same accounts', async () => {
    const fresh = await startTestGateway({ profile });
    try {
      const res = await fresh.query('{ viewer { accounts(filter: { categories: [LOAN, INVESTMENT] }) { id category } } }', {}, rich);
      expect(res.body.errors).toBeUndefined();
      const all = (await fresh.query('{ viewer { accounts { id category } } }', {}, rich)).body.data!.viewer.accounts;
      expect(res.body.data!.viewer.accounts).toEqual(all.filter((a: { category: string }) => ['LOAN', 'INVESTMENT'].includes(a.category)));
      expect(fresh.upstreamCalls().map((c) => c.status)).toEqual(strict ? [400, 200, 200] : [200, 200]);
    } finally {
      await fresh.close();
    }
  });

  it('pages an account\'s transactions with one call per page and the same totals and cursors on both readings', async () => {
    const id = accountIds[0];
    const page = `query($id: ID!, $after: String) { viewer { account(id: $id) { transactions(first: 4, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } } } }`;
    const all = (await gw.query(`{ viewer { account(id: "${id}") { transactions(first: 100) { totalCount edges { node { id } } } } } }`, {}, rich))
      .body.data!.viewer.account.transactions;
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(4);
    gw.resetCalls();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: { body: { errors?: unknown; data?: any } } = await gw.query(page, { id, after }, rich);
      expect(res.body.errors).toBeUndefined();
      const connection: any = res.body.data!.viewer.account.transactions;
      expect(connection.totalCount).toBe(all.totalCount);
      expect(connection.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(pages).toBe(Math.ceil(all.totalCount / 4));
    // One lookup of the account (a simple or an `or`-less filter), then one transactions call per page.
    const transactionCalls = gw.upstreamCalls().filter((c) => c.route === 'transactions');
    expect(transactionCalls).toHaveLength(pages);
    if (strict) expect(transactionCalls.every((c) => c.status === 200)).toBe(true);
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
    expect(transactionCalls).toHaveLength(8);
    expect(new Set(transactionCalls.map((c) => c.query.accountId)).size).toBe(8);
    expect(transactionCalls.every((c) => c.query.$top === '10' && c.query.$skip === '0')).toBe(true);
    // The 8 lookups: one `or` filter, or one simple filter each where the bank refuses `or`.
    expect(gw.upstreamCalls().filter((c) => c.route === 'accounts' && c.status === 200)).toHaveLength(strict ? 8 : 1);
    gw.resetCalls();
    const held = await heldTogether(gw, ['transactions'], query, rich, 8);
    expect(new Set(held.map((c) => c.query.accountId)).size).toBe(8);
  });

  it.runIf(!strict)('caps concurrent transaction calls per operation', async () => {
    const capped = await startTestGateway({ profile, sandbox: { latencyMs: 20 }, env: { TRANSACTIONS_CONCURRENCY: '2' } });
    try {
      const res = await capped.query('{ viewer { accounts(filter: { categories: [DEPOSIT] }) { transactions(first: 1) { totalCount } } } }', {}, rich);
      expect(res.body.errors).toBeUndefined();
      const calls = capped.upstreamCalls().filter((c) => c.route === 'transactions');
      expect(calls.length).toBeGreaterThan(2);
      // The sandbox stamps finishedAt before it writes the answer and startedAt when a call arrives, so a call the
      // gateway sent because another one came back starts after that one finished, however loaded the machine is.
      // The latency only gives a broken cap the time to show a third call in flight.
      const events = calls.flatMap((c) => [[c.startedAt, 1], [c.finishedAt, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let inFlight = 0;
      let maxInFlight = 0;
      for (const [, delta] of events) maxInFlight = Math.max(maxInFlight, (inFlight += delta));
      expect(maxInFlight).toBeLessThanOrEqual(2);
    } finally {
      await capped.close();
    }
  });
});
