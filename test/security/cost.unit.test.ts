import { describe, expect, it } from 'vitest';
import { buildASTSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { typeDefs } from '../../src/graphql/typeDefs.generated.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { loadSecurityConfig } from '../../src/security/config.js';
import { CALL_WEIGHT, MAX_NODE_IDS, operationCost } from '../../src/security/cost.js';
import { costModel } from '../../src/security/cost-model.js';
import { mutationFieldCount, structuralViolation } from '../../src/security/limits.js';
import { loadManifest } from '../../src/security/manifest.js';
import { buildScenarios } from '../bench/scenarios.js';

const schema = buildASTSchema(typeDefs);
const model = costModel(typeDefs);
const defaults = loadSecurityConfig({}, true).limits;
const BUSINESS = { business: true, accountIdBatchMax: 50 };
const cost = (query: string, variables: Record<string, unknown> = {}, profile?: typeof BUSINESS) => {
  const document = parse(query);
  return operationCost(model, document, getOperationAST(document)!, variables, profile);
};
const accountIds = Array.from({ length: 40 }, (_, i) => toGlobalId('Account', `account-${i}`));

/** What front ends, the benchmark and our own tests really send: each must pass with room to spare. */
const REALISTIC: Array<[string, string]> = [
  ...buildScenarios({ accounts: accountIds, historyAccounts: accountIds.slice(0, 8) }).map(
    (s): [string, string] => [`benchmark ${s.id}`, s.query],
  ),
  ...[...loadManifest('test/client/generated/persisted-documents.json').byId.values()].map(
    (document): [string, string] => [`front end ${getOperationAST(parse(document))?.name?.value}`, document],
  ),
  ['dashboard with 3 transactions per account (src/main.ts)', '{ viewer { accounts { id nickName accountNumber category balance { current { amount currencyCode } available { amount currencyCode } } transactions(first: 3) { edges { node { description amount { amount currencyCode } } } } } recipients { nickName accountNumber } } }'],
  ['business history of every location', '{ viewer { locations { accounts { transactions(first: 2) { totalCount } } } } }'],
  ['every account with a page of 5 transactions', '{ viewer { accounts { id transactions(first: 5) { edges { node { id amount { amount currencyCode } description } } } } } }'],
];

describe('operation cost', () => {
  it.each(REALISTIC)('lets %s through the default limits, for retail and business viewers', (_name, query) => {
    const document = parse(query);
    expect(structuralViolation(schema, document, defaults)).toBeNull();
    for (const profile of [undefined, BUSINESS]) {
      expect(operationCost(model, document, getOperationAST(document)!, { id: accountIds[0] }, profile)).toBeLessThanOrEqual(defaults.maxCost);
    }
  });

  it('keeps the everyday screens under half the limit', () => {
    const everyday = REALISTIC.filter(([name]) => !/^(every account|business history|dashboard with)/.test(name));
    for (const [, query] of everyday) expect(cost(query, { id: accountIds[0] })).toBeLessThan(defaults.maxCost / 2);
  });

  it('sizes the default limit so the costliest admitted operation makes on the order of 100 bank calls', () => {
    // Calls are what cost most per point: an operation of nothing but calls is the worst case.
    const mostCalls = Math.floor(defaults.maxCost / (CALL_WEIGHT + 1));
    expect(mostCalls).toBeLessThan(200);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => toGlobalId('Account', `a${i}`));
    const byId = 'query($a: [ID!]!, $b: [ID!]!) { a: nodes(ids: $a) { id } b: nodes(ids: $b) { id } }';
    expect(cost(byId, { a: ids(100), b: ids(mostCalls - 100) }, BUSINESS)).toBeLessThanOrEqual(defaults.maxCost);
    expect(cost(byId, { a: ids(100), b: ids(mostCalls - 99) }, BUSINESS)).toBeGreaterThan(defaults.maxCost);
  });

  it('weighs history under every account by the fan-out: one call per account', () => {
    const one = cost(`{ viewer { account(id: "${accountIds[0]}") { transactions(first: 10) { nodes { id } } } } }`);
    const every = cost('{ viewer { accounts { transactions(first: 10) { nodes { id } } } } }');
    expect(every).toBeGreaterThan(40 * (one - 2));
    expect(cost('{ viewer { accounts { transactions(first: 100) { nodes { id } } } } }')).toBeGreaterThan(defaults.maxCost);
  });

  it('charges nested fan-out multiplicatively', () => {
    const nested = '{ viewer { accounts { transactions(first: 50) { nodes { account { transactions(first: 50) { nodes { id } } } } } } } }';
    // 50 accounts × 50 transactions, each with its account's own history call and 50 more objects.
    expect(cost(nested)).toBeGreaterThan(50 * 50 * (CALL_WEIGHT + 50));
  });

  it('charges a business account list per location unless narrowed to one', () => {
    const all = cost('{ viewer { accounts { id } } }');
    const one = cost('query($l: ID) { viewer { accounts(filter: { locationId: $l }) { id } } }', { l: toGlobalId('Location', 'x') });
    expect(one).toBeLessThan(all);
  });

  it('charges account ids by the calls this viewer makes: shares of a batched call, or one call each for business', () => {
    const bankIds = Array.from({ length: 40 }, (_, i) => `account-${i}`);
    const transactionIds = bankIds.map((id, i) => toGlobalId('Transaction', `${id}:2024-01-01:t${i}`));
    const nodes = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    // 40 ids fit one `$filter=id eq … or …` call of 50.
    expect(cost(nodes, { ids: accountIds })).toBe(40 + CALL_WEIGHT * 40 / 50);
    expect(cost(nodes, { ids: accountIds }, BUSINESS)).toBe(40 + 40 * CALL_WEIGHT);
    // A transaction is one history call plus its account.
    expect(cost(nodes, { ids: transactionIds })).toBe(40 + 40 * CALL_WEIGHT + CALL_WEIGHT * 40 / 50);
    expect(cost(nodes, { ids: transactionIds }, BUSINESS)).toBe(40 + 80 * CALL_WEIGHT);
    const aliased = `{ viewer { ${accountIds.map((id, i) => `a${i}: account(id: "${id}") { id }`).join(' ')} } }`;
    expect(cost(aliased, {}, BUSINESS)).toBe(1 + 40 * (CALL_WEIGHT + 1));
  });

  it(`refuses nodes(ids:) with more than ${MAX_NODE_IDS} ids as BAD_USER_INPUT`, () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => toGlobalId('Account', `a${i}`));
    expect(() => cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(MAX_NODE_IDS) })).not.toThrow();
    expect(() => cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids(MAX_NODE_IDS + 1) })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('counts mutation fields through fragments, once per fragment', () => {
    const count = (query: string) => {
      const document = parse(query);
      return mutationFieldCount(document, getOperationAST(document)!);
    };
    const del = (alias: string) => `${alias}: recipientDelete(id: "x") { deletedRecipientId }`;
    expect(count(`mutation { ${del('a')} ${del('b')} ...F ... on Mutation { ${del('c')} } } fragment F on Mutation { ${del('d')} }`)).toBe(4);
    expect(count('{ viewer { recipients { id } } }')).toBe(0);
  });

  it('charges each mutation as a bank call', () => {
    expect(cost('mutation { a: recipientDelete(id: "x") { deletedRecipientId } b: recipientDelete(id: "y") { deletedRecipientId } }')).toBe(
      2 * (CALL_WEIGHT + 1),
    );
  });

  it('uses the page size from variables and the schema default', () => {
    const query = 'query($n: Int) { viewer { accounts { transactions(first: $n) { nodes { id } } } } }';
    expect(cost(query, { n: 50 })).toBeGreaterThan(cost(query, { n: 5 }));
    expect(cost(query)).toBe(cost(query, { n: 25 }));
  });

  it('sizes a backward page by last as a forward one by first', () => {
    const page = (args: string) => cost(`{ viewer { accounts { transactions(${args}) { nodes { id } } } } }`);
    expect(page('last: 50')).toBe(page('first: 50'));
    expect(page('last: 5')).toBeLessThan(page('last: 50'));
    expect(page('last: 100')).toBeGreaterThan(defaults.maxCost);
  });

  it('costs fragments like the same fields inline', () => {
    const inline = '{ viewer { accounts { id balance { current { amount } } } } }';
    const spread = '{ viewer { accounts { ...Row } } } fragment Row on Account { id balance { ...Money } } fragment Money on AccountBalance { current { amount } }';
    expect(cost(spread)).toBe(cost(inline));
  });

  // 10^12 paths: costing them one by one would not finish inside the unit tier's test timeout.
  it('costs a fragment bomb without expanding it, and refuses it', () => {
    const levels = 12;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Viewer { recipients { id } }` : `fragment F${i} on Viewer { ${`...F${i + 1} `.repeat(10)}}`,
    );
    const total = cost(`{ viewer { ...F0 } } ${fragments.join(' ')}`);
    expect(total).toBeGreaterThan(1e11);
  });

  it('leaves introspection to its own switch: GraphiQL’s query passes every limit', () => {
    const document = parse(getIntrospectionQuery());
    expect(structuralViolation(schema, document, defaults)).toBeNull();
    expect(cost(getIntrospectionQuery())).toBe(0);
  });
});
