import { buildASTSchema, getNamedType, isLeafType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutInternalDirectives } from '../../src/graphql/schema-directives.js';
import { typeDefs } from '../../src/graphql/typeDefs.generated.js';
import { ALL_SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

// Walks "adding a bank field" (docs/adding-a-bank-field.md) end to end: each leaf under Account is selected alone,
// so the bank is asked for the field set its @bankFields names, and some seed account must return a value. A field
// that comes back null for every account has a missing step; the failure says which.

const schema = buildASTSchema(withoutInternalDirectives(typeDefs));

/** Leaves the seed defines for no account (the bank reports them only sometimes, contract §3.4). */
const NOT_IN_SEED = ['status.isApproved', 'status.isNotApproved', 'status.isDeleted', 'status.isVerified'];

/** Every leaf path under a type; other entities and connections stop at their id / page info (their own loads). */
function leafPaths(type: GraphQLObjectType, seen: string[] = []): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const target = getNamedType(field.type);
    if (isLeafType(target)) return [field.name];
    if (!isObjectType(target)) return [];
    if (target.name.endsWith('Connection')) return [`${field.name}.pageInfo.hasNextPage`];
    if (target.getInterfaces().some((i) => i.name === 'Node')) return [`${field.name}.id`];
    if (seen.includes(target.name)) return [];
    return leafPaths(target, [...seen, target.name]).map((path) => `${field.name}.${path}`);
  });
}

const selection = (path: string) => path.split('.').reduceRight((inner, name) => `${name} { ${inner} }`);
const valueAt = (account: unknown, path: string) =>
  path.split('.').reduce<unknown>((value, name) => (value as Record<string, unknown> | null)?.[name] ?? null, account);

describe('every Account field returns a value for a seed account that has it', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  /** The path's values over all accounts of every seed user, selected with `extra` beside it. */
  async function values(path: string, extra = ''): Promise<unknown[]> {
    const found: unknown[] = [];
    for (const user of ALL_SEED_USERS) {
      const res = await gw.query(`{ viewer { accounts { ${selection(path)} ${extra} } } }`, {}, user);
      expect(res.body.errors, path).toBeUndefined();
      found.push(...res.body.data!.viewer.accounts.map((account: unknown) => valueAt(account, path)));
      if (found.some((v) => v !== null)) break;
    }
    return found;
  }

  const paths = leafPaths(schema.getType('Account') as GraphQLObjectType);

  it('covers every leaf, and the exceptions are still leaves', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(paths).toEqual(expect.arrayContaining(NOT_IN_SEED));
  });

  it.each(paths.filter((p) => !NOT_IN_SEED.includes(p)))('Account.%s', async (path) => {
    gw.resetCalls();
    if ((await values(path)).some((v) => v !== null)) return;
    const asked = gw.upstreamCalls().find((call) => call.route === 'accounts')!.query;
    // Selecting micrNumber and ownership beside it makes the gateway ask for the full set with additionalFields.
    const withEverything = await values(path, 'micrNumber ownership');
    const missing = withEverything.some((v) => v !== null)
      ? 'it has values with the full field set, so its @bankFields view is too small'
      : 'it has none even with the full field set: check the resolver or mapper (src/graphql), the DTO ' +
        '(src/upstream/types.ts), and in the sandbox SandboxAccount, the seed and SMALLEST_VIEW (account-projection.ts)';
    expect.fail(
      `Account.${path} is null for every seed account when selected alone (the gateway asked the bank for ` +
        `viewName=${asked.viewName ?? 'full'}, additionalFields=${asked.additionalFields ?? false}): ${missing}. ` +
        'See docs/adding-a-bank-field.md',
    );
  });

  it('serves neither @bankFields nor its enum in introspection', async () => {
    const res = await gw.query('{ __schema { directives { name } } __type(name: "BankView") { name } }', {}, ALL_SEED_USERS[0]);
    expect(res.body.data!.__schema.directives.map((d: { name: string }) => d.name)).not.toContain('bankFields');
    expect(res.body.data!.__type).toBeNull();
  });

  it.each(NOT_IN_SEED)('Account.%s is in no seed account (else drop it from NOT_IN_SEED)', async (path) => {
    expect((await values(path)).every((v) => v === null)).toBe(true);
  });
});
