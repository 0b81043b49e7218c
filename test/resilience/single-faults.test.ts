import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { listRecipients } from '../../src/upstream/recipients.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

// Single faults over real HTTP: gateway → sandbox, with the sandbox's request log as the witness.

const single = SEED_USERS.retailSingle;

describe('single faults', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // The deadline leaves room for one Retry-After of 1 s even on a loaded machine.
    gw = await startTestGateway({ env: { UPSTREAM_TIMEOUT_MS: '300', UPSTREAM_DEADLINE_MS: '3000', TRANSACTIONS_CONCURRENCY: '1', UPSTREAM_MAX_RETRIES: '2' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.sandbox.clearFaults();
    gw.resetCalls();
  });

  it('honours Retry-After on a 429: the retry reaches the bank no earlier than asked', async () => {
    gw.sandbox.setFaults([{ route: 'recipients', kind: 'rate-limit', retryAfterSeconds: 1, times: 1 }]);
    const res = await gw.query('{ viewer { recipients { id } } }', {}, single);
    expect(res.body.errors).toBeUndefined();
    const [limited, retried, ...rest] = gw.upstreamCalls();
    expect([limited!.status, retried!.status, rest.length]).toEqual([429, 200, 0]);
    expect(retried!.startedAt - limited!.finishedAt).toBeGreaterThanOrEqual(1_000);
  });

  it('answers UPSTREAM_TIMEOUT for a hanging bank while other operations are served', async () => {
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'hang' }]);
    const token = await gw.token(single);
    const hanging = gw.query('{ viewer { accounts { id transactions(first: 1) { totalCount } } } }', {}, token);
    // The others start once the bank holds the history call, so they run beside it, not after it.
    await expect.poll(() => gw.upstreamCalls().some((c) => c.route === 'transactions'), { interval: 5, timeout: 10_000 }).toBe(true);
    const others = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      gw.query(i % 2 ? '{ viewer { recipients { id } } }' : '{ viewer { accounts { id } } }', {}, token)));
    expect(others.every((r) => r.body.errors === undefined)).toBe(true);
    const slow = await hanging;
    expect(slow.body.errors![0]!.extensions!.code).toBe('UPSTREAM_TIMEOUT');
    expect(slow.body.errors![0]!.path).toEqual(['viewer', 'accounts', 0, 'transactions']);
    // The healthy sibling of the failed branch is still there.
    expect(slow.body.data!.viewer.accounts[0].id).toEqual(expect.any(String));
  });

  it.each([
    ['drop' as const, 'network'],
    ['non-json' as const, 'invalid-body'],
  ])('turns a %s answer into a typed error: UPSTREAM_UNAVAILABLE with the trace id of the failed call', async (kind, errorKind) => {
    gw.sandbox.setFaults([{ route: 'recipients', kind }]);
    const res = await gw.query('{ viewer { recipients { id } } }', {}, single);
    const error = res.body.errors![0]!;
    expect(error.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    const lastCall = gw.upstreamCalls().at(-1)!;
    expect(error.extensions!.transactionId).toBe(lastCall.transactionId);
    await expect(listRecipients({ client: gw.bank, user: single })).rejects.toMatchObject({ kind: errorKind, service: 'recipients' });
  });

  it('keeps healthy siblings intact when one branch fails', async () => {
    const accounts = await gw.query<{ viewer: { accounts: Array<{ id: string }> } }>(
      '{ viewer { accounts(filter: { categories: [DEPOSIT] }) { id } } }', {}, SEED_USERS.retailRich);
    const count = accounts.body.data!.viewer.accounts.length;
    expect(count).toBeGreaterThan(2);
    // TRANSACTIONS_CONCURRENCY=1: the first history call gets all three failing attempts (one call and two retries).
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'status', status: 503, code: 'TXN_99999', times: 3 }]);
    gw.resetCalls();
    const res = await gw.query(
      '{ viewer { accounts(filter: { categories: [DEPOSIT] }) { id nickName transactions(first: 1) { totalCount } } recipients { id } } }',
      {}, SEED_USERS.retailRich);
    const rows = res.body.data!.viewer.accounts as Array<{ id: string; nickName: string; transactions: unknown }>;
    expect(rows.map((r) => r.id)).toEqual(accounts.body.data!.viewer.accounts.map((a) => a.id));
    expect(rows.filter((r) => r.transactions === null)).toHaveLength(1);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: 'TXN_99999' });
    expect(res.body.data!.viewer.recipients.length).toBeGreaterThan(0);
    const history = gw.upstreamCalls().filter((c) => c.route === 'transactions').map((c) => c.status);
    expect(history.filter((status) => status !== 200)).toEqual([503, 503, 503]);
  });
});
