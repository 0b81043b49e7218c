import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { CALL_WEIGHT } from '../../src/security/cost.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const { business, retailRich: rich } = SEED_USERS;
const madeUp = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`Account:made-up-${i}`).toString('base64url'));
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';

describe('fan-out is priced before execution, for this viewer', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // A body large enough for 4,900 ids: the id limit, not the body limit, must be what refuses them.
    gw = await startTestGateway({ env: { MAX_BODY_BYTES: '1000000' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('refuses nodes(ids:) with 4,900 made-up ids outright: BAD_USER_INPUT, no bank call', async () => {
    const res = await gw.query(NODES, { ids: madeUp(4_900) }, business);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', maximum: 100, actual: 4_900 });
    expect(gw.upstreamCalls()).toEqual([]);
  });

  it('charges a business viewer one bank call per id, and the bank sees no more calls than the cost announced', async () => {
    const res = await gw.query(NODES, { ids: madeUp(100) }, business);
    expect(res.body.data?.nodes).toEqual(Array(100).fill(null));
    const { requested } = res.body.extensions!.cost;
    expect(requested).toBeGreaterThanOrEqual(100 * CALL_WEIGHT);
    const calls = gw.upstreamCalls().length;
    expect(calls).toBeGreaterThanOrEqual(100);
    expect(calls * CALL_WEIGHT).toBeLessThanOrEqual(requested);
  });

  it('charges a retail viewer the batched calls it really makes', async () => {
    const res = await gw.query(NODES, { ids: madeUp(100) }, rich);
    expect(res.body.data?.nodes).toEqual(Array(100).fill(null));
    // Two `$filter=id eq …` calls of 50.
    expect(gw.upstreamCalls()).toHaveLength(2);
    expect(res.body.extensions!.cost.requested).toBe(100 + 2 * CALL_WEIGHT);
  });

  it('refuses more than MAX_MUTATION_FIELDS (5) mutation fields in one operation, before any write', async () => {
    const deletes = (n: number) =>
      `mutation { ${Array.from({ length: n }, (_, i) => `d${i}: recipientDelete(id: "${Buffer.from(`Recipient:r${i}`).toString('base64url')}") { deletedRecipientId }`).join(' ')} }`;
    const refused = await gw.query(deletes(6), {}, rich);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'mutations', maximum: 5, actual: 6 });
    expect(gw.upstreamCalls()).toEqual([]);
    const served = await gw.query(deletes(5), {}, rich);
    expect(served.body.errors).toBeUndefined();
    expect(gw.upstreamCalls().filter((call) => call.method === 'DELETE')).toHaveLength(5);
  });
});
