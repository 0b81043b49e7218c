import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getOperationAST, parse } from 'graphql';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { typeDefs } from '../../src/graphql/typeDefs.generated.js';
import { loadSecurityConfig } from '../../src/security/config.js';
import { operationCost } from '../../src/security/cost.js';
import { costModel } from '../../src/security/cost-model.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const rich = SEED_USERS.retailRich;
const MAX_COST = loadSecurityConfig({}, false).limits.maxCost;
const model = costModel(typeDefs);
const costOf = (query: string) => {
  const document = parse(query);
  return operationCost(model, document, getOperationAST(document)!);
};

/** `viewer { account { [transactions { nodes { account {]×levels leaf } } }`: depth 3 + 3×levels + leaf depth. */
function nested(accountId: string, levels: number, leaf: string): string {
  const open = 'transactions(first: 1) { nodes { account { '.repeat(levels);
  return `{ viewer { account(id: "${accountId}") { ${open}${leaf}${' } } }'.repeat(levels)} } } }`;
}

describe('operation limits with the default configuration', () => {
  let gw: TestGateway;
  let accountIds: string[];

  beforeAll(async () => {
    gw = await startTestGateway();
    const res = await gw.query('{ viewer { accounts(filter: { categories: [DEPOSIT] }) { id } } }', {}, rich);
    accountIds = res.body.data!.viewer.accounts.map((a: { id: string }) => a.id);
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  async function expectRefused(query: string, limit: string, maximum: number) {
    const res = await gw.query(query, {}, rich);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, maximum });
    expect(res.body.errors![0].message).toContain(`${limit} limit ${maximum}`);
    expect(gw.upstreamCalls()).toHaveLength(0);
    return res;
  }

  async function expectServed(query: string) {
    const res = await gw.query(query, {}, rich);
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(gw.upstreamCalls().length).toBeGreaterThan(0);
    return res;
  }

  it('serves depth 12 and refuses depth 13', async () => {
    await expectServed(nested(accountIds[0], 3, 'id'));
    gw.resetCalls();
    await expectRefused(nested(accountIds[0], 3, 'type { code }'), 'depth', 12);
  });

  it('serves 100 aliases and refuses 101', async () => {
    const aliased = (n: number) =>
      `{ viewer { ${Array.from({ length: n }, (_, i) => `a${i}: account(id: "${accountIds[i % accountIds.length]}") { id }`).join(' ')} } }`;
    const res = await expectServed(aliased(100));
    expect(res.body.data!.viewer.a99.id).toBe(accountIds[99 % accountIds.length]);
    gw.resetCalls();
    await expectRefused(aliased(101), 'aliases', 100);
  });

  it('parses 2000 tokens and refuses 2001', async () => {
    // `{ nodes(ids: [ … ]) { id } }` is 12 tokens plus one per id; the parser itself is the judge.
    const withIds = (n: number) => `{ nodes(ids: ["${accountIds[0]}"${' "x"'.repeat(n - 1)}]) { id } }`;
    expect(() => parse(withIds(1988), { maxTokens: 2000 })).not.toThrow();
    expect(() => parse(withIds(1989), { maxTokens: 2000 })).toThrow(/tokens/);
    // Within the token limit, past the id limit: refused for its ids, still before any bank call.
    const parsed = await gw.query(withIds(1988), {}, rich);
    expect(parsed.status).toBe(400);
    expect(parsed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(gw.upstreamCalls()).toHaveLength(0);
    await expectRefused(withIds(1989), 'tokens', 2000);
  });

  it('serves 50 directives and refuses 51', async () => {
    const withDirectives = (n: number) => `{ viewer { recipients { ${'id @include(if: true) '.repeat(n)}} } }`;
    await expectServed(withDirectives(50));
    gw.resetCalls();
    await expectRefused(withDirectives(51), 'directives', 50);
  });

  it('serves the largest page of every account’s history under the cost limit and refuses the next size', async () => {
    const history = (first: number) => `{ viewer { accounts { id transactions(first: ${first}) { nodes { id } } } } }`;
    const first = Array.from({ length: 100 }, (_, i) => i + 1).filter((n) => costOf(history(n)) <= MAX_COST).at(-1)!;
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(100);
    const served = await expectServed(history(first));
    expect(served.body.data!.viewer.accounts.length).toBeGreaterThanOrEqual(40);
    gw.resetCalls();
    const refused = await expectRefused(history(first + 1), 'cost', MAX_COST);
    expect(refused.body.errors![0].extensions!.actual).toBe(costOf(history(first + 1)));
  });

  it('counts the cost with the request’s variables', async () => {
    const query = 'query($n: Int!) { viewer { accounts { transactions(first: $n) { nodes { id } } } } }';
    const small = await gw.query(query, { n: 2 }, rich);
    expect(small.body.errors).toBeUndefined();
    gw.resetCalls();
    const large = await gw.query(query, { n: 100 }, rich);
    expect(large.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('checks limits on documents that Apollo has already parsed and cached', async () => {
    const query = `{ viewer { ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} } }`;
    for (let i = 0; i < 2; i++) {
      const res = await gw.query(query, {}, rich);
      expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
  });

});

describe('operation limits from configuration', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { MAX_QUERY_DEPTH: '3', MAX_ALIASES: '1', MAX_QUERY_TOKENS: '60', MAX_QUERY_COST: '80' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it.each([
    ['depth', '{ viewer { recipients { id } } }', '{ viewer { accounts { balance { current { amount } } } } }', 3],
    ['aliases', '{ viewer { r: recipients { id } } }', '{ viewer { r: recipients { id } s: recipients { id } } }', 1],
    ['tokens', `{ viewer { recipients { ${'id '.repeat(52)}} } }`, `{ viewer { recipients { ${'id '.repeat(53)}} } }`, 60],
    ['cost', '{ viewer { accounts { id } } }', '{ viewer { accounts { id } recipients { id } } }', 80],
  ])('applies the configured %s limit', async (limit, under, over, maximum) => {
    const ok = await gw.query(under, {}, rich);
    expect(ok.body.errors).toBeUndefined();
    gw.resetCalls();
    const refused = await gw.query(over, {}, rich);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, maximum });
    expect(gw.upstreamCalls()).toHaveLength(0);
  });
});
