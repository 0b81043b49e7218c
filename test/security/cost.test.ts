import { describe, expect, it } from 'vitest';
import { buildASTSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { typeDefs } from '../../src/graphql/typeDefs.generated.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { loadSecurityConfig } from '../../src/security/config.js';
import { CALL_WEIGHT, operationCost } from '../../src/security/cost.js';
import { structuralViolation } from '../../src/security/limits.js';
import { loadManifest } from '../../src/security/manifest.js';
import { buildScenarios } from '../bench/scenarios.js';

const schema = buildASTSchema(typeDefs);
const defaults = loadSecurityConfig({}, true).limits;
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
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
  ['every account with a default page of history', '{ viewer { accounts { id transactions { edges { node { id amount { amount currencyCode } description } } } } } }'],
];

describe('operation cost', () => {
  it.each(REALISTIC)('lets %s through the default limits', (_name, query) => {
    const document = parse(query);
    expect(structuralViolation(schema, document, defaults)).toBeNull();
    expect(operationCost(schema, document, getOperationAST(document)!, { id: accountIds[0] })).toBeLessThanOrEqual(defaults.maxCost);
  });

  it('keeps the everyday screens under a third of the limit', () => {
    const everyday = REALISTIC.filter(([name]) => !name.startsWith('every account'));
    for (const [, query] of everyday) expect(cost(query, { id: accountIds[0] })).toBeLessThan(defaults.maxCost / 3);
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

  it('charges a bank call per transaction id in node(s), none for batched account ids', () => {
    const transactionIds = accountIds.map((id, i) => toGlobalId('Transaction', `${id}:2024-01-01:t${i}`));
    const accounts = cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: accountIds });
    const transactions = cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: transactionIds });
    expect(accounts).toBe(40);
    expect(transactions).toBe(40 + 40 * CALL_WEIGHT);
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

  it('costs fragments like the same fields inline', () => {
    const inline = '{ viewer { accounts { id balance { current { amount } } } } }';
    const spread = '{ viewer { accounts { ...Row } } } fragment Row on Account { id balance { ...Money } } fragment Money on AccountBalance { current { amount } }';
    expect(cost(spread)).toBe(cost(inline));
  });

  it('stays fast on a fragment bomb, and refuses it', () => {
    const levels = 12;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Viewer { recipients { id } }` : `fragment F${i} on Viewer { ${`...F${i + 1} `.repeat(10)}}`,
    );
    const started = performance.now();
    const total = cost(`{ viewer { ...F0 } } ${fragments.join(' ')}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(total).toBeGreaterThan(1e11);
  });

  it('leaves introspection to its own switch: GraphiQL’s query passes every limit', () => {
    const document = parse(getIntrospectionQuery());
    expect(structuralViolation(schema, document, defaults)).toBeNull();
    expect(cost(getIntrospectionQuery())).toBe(0);
  });
});
