import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { PROFILES, startTestGateway, type TestGateway } from '../support/gateway.js';

const rich = SEED_USERS.retailRich;

describe.each(PROFILES)('error mapping and partial results, %s bank', (profile) => {
  let gw: TestGateway;

  beforeAll(async () => {
    // Per-call error mapping only: the sustained outage of the first test would otherwise open the transactions
    // breaker and turn later tests' answers into fail-fast ones (the breaker is tested in test/resilience).
    gw = await startTestGateway({
      profile,
      env: { UPSTREAM_TIMEOUT_MS: '300', UPSTREAM_DEADLINE_MS: '800', UPSTREAM_MAX_RETRIES: '1', BREAKER_MIN_CALLS: '1000' },
    });
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.sandbox.clearFaults();
    gw.resetCalls();
  });

  it('keeps healthy accounts when one account history fails, with a coded error for the failed branch', async () => {
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'status', status: 500, code: 'TXN_99999', message: 'Server error.', times: 1 }]);
    const res = await gw.query(
      '{ viewer { accounts(filter: { categories: [DEPOSIT] }) { id transactions(first: 1) { totalCount } } } }',
      {},
      { ...rich },
    );
    const accounts = res.body.data!.viewer.accounts;
    // GETs are retried: a single 500 is absorbed. Make the fault stick to see the partial result.
    expect(accounts.every((a: { transactions: unknown }) => a.transactions !== null)).toBe(true);
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'status', status: 503, code: 'TXN_99999', message: 'Server error.' }]);
    const failing = await gw.query('{ viewer { accounts(filter: { categories: [DEPOSIT] }) { id transactions(first: 1) { totalCount } } } }', {}, rich);
    const failedAccounts = failing.body.data!.viewer.accounts;
    expect(failedAccounts).toHaveLength(accounts.length);
    const nulls = failedAccounts.flatMap((a: { transactions: unknown }, i: number) => (a.transactions === null ? [i] : []));
    expect(nulls.length).toBeGreaterThan(0);
    expect(failing.body.errors!.map((e) => e.path)).toEqual(nulls.map((i: number) => ['viewer', 'accounts', i, 'transactions']));
    const error = failing.body.errors![0];
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: 'TXN_99999' });
    expect(error.extensions!.transactionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never passes the bank\'s body, URL or credentials to the client', async () => {
    gw.sandbox.setFaults([{ route: 'accounts', kind: 'status', status: 400, code: 'ACC_00011', message: 'secret internal detail http://10.1.2.3/x' }]);
    const res = await gw.query('{ viewer { accounts { id } } }', {}, rich);
    const text = JSON.stringify(res.body);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstreamCode: 'ACC_00011' });
    for (const leak of ['secret internal detail', 'http://', gw.sandbox.url, 'sandbox-secret', 'Bearer', 'stacktrace']) expect(text).not.toContain(leak);
  });

  it.each([
    [{ kind: 'hang' as const }, 'UPSTREAM_TIMEOUT'],
    [{ kind: 'drop' as const }, 'UPSTREAM_UNAVAILABLE'],
    [{ kind: 'non-json' as const }, 'UPSTREAM_UNAVAILABLE'],
    [{ kind: 'rate-limit' as const, retryAfterSeconds: 30 }, 'RATE_LIMITED'],
    [{ kind: 'status' as const, status: 403, code: 'ACC_00602', message: 'Unauthorized access' }, 'FORBIDDEN'],
  ])('maps an upstream %o to %s', async (fault, code) => {
    gw.sandbox.setFaults([{ route: 'recipients', ...fault }]);
    const res = await gw.query('{ viewer { recipients { id } } }', {}, rich);
    expect(res.body.data).toBeNull();
    expect(res.body.errors![0].extensions!.code).toBe(code);
  });

  it('keeps serving other operations while the bank hangs on one of them', async () => {
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'hang' }]);
    const hanging = gw.query('{ viewer { accounts(filter: { categories: [LOAN] }) { transactions { totalCount } } } }', {}, rich);
    const quick = await gw.query('{ viewer { recipients { id } } }', {}, rich);
    expect(quick.body.errors).toBeUndefined();
    const slow = await hanging;
    expect(slow.body.errors?.[0].extensions?.code).toBe('UPSTREAM_TIMEOUT');
  });
});
