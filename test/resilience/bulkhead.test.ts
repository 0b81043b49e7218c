import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const { business, retailRich: rich } = SEED_USERS;
const madeUp = (n: number, tag: string) => Array.from({ length: n }, (_, i) => Buffer.from(`Account:${tag}-${i}`).toString('base64url'));
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

describe('bulkheads: one viewer’s burst cannot take the bank client from the others', () => {
  let gw: TestGateway;
  // The sandbox logs a call when it arrives and stamps finishedAt when it answers or its connection closes.
  const inFlight = () => gw.upstreamCalls().filter((call) => call.route === 'account' && call.finishedAt === call.startedAt);

  beforeAll(async () => {
    gw = await startTestGateway({ env: { BANK_CALLS_PER_OPERATION: '3', BANK_CALLS_PER_VIEWER: '5', MAX_QUERY_COST: '100000' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.sandbox.clearFaults();
    gw.resetCalls();
  });

  it('caps the calls in flight per operation and per viewer, and serves another viewer meanwhile', async () => {
    // Business lookups by id hang at the bank: every call that gets through stays in flight until aborted.
    gw.sandbox.setFaults([{ route: 'account', kind: 'hang' }]);
    const token = await gw.token(business);
    const burst = Array.from({ length: 4 }, () => new AbortController());
    const send = (abort: AbortController, i: number) =>
      fetch(`${gw.url}/graphql`, {
        method: 'POST',
        signal: abort.signal,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: NODES, variables: { ids: madeUp(30, `burst${i}`) } }),
      }).catch(() => 'aborted');

    const pending = [send(burst[0]!, 0)];
    // One operation of 30 lookups: 3 reach the bank, 27 wait inside the gateway.
    await expect.poll(() => inFlight().length).toBe(3);
    pending.push(...burst.slice(1).map((abort, i) => send(abort, i + 1)));
    // Four operations of the same viewer: 5 in flight between them, 115 waiting.
    await expect.poll(() => inFlight().length).toBe(5);

    // Another viewer's one-call query is not in that line: it is answered while the burst is stuck.
    const other = await gw.query('{ viewer { recipients { id } } }', {}, rich);
    expect(other.body.errors).toBeUndefined();
    expect(gw.upstreamCalls().filter((call) => call.route === 'recipients').map((call) => call.status)).toEqual([200]);
    expect(inFlight()).toHaveLength(5);

    // The viewer gives up: the waiting calls leave the line without ever reaching the bank.
    for (const abort of burst) abort.abort();
    expect(await Promise.all(pending)).toEqual(Array(4).fill('aborted'));
    await expect.poll(() => inFlight().length).toBe(0);
    expect(gw.upstreamCalls().filter((call) => call.route === 'account')).toHaveLength(5);
    expect(gw.bank.breakerStates().accounts).toBe('closed');
  });

  it('lets the same viewer run again once its burst is over', async () => {
    const res = await gw.query(NODES, { ids: madeUp(7, 'after') }, business);
    expect(res.body.data?.nodes).toEqual(Array(7).fill(null));
    expect(gw.upstreamCalls().filter((call) => call.route === 'account')).toHaveLength(7);
  });
});
