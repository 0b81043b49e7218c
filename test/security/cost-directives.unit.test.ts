import { buildASTSchema, concatAST, getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isObjectType, parse, type GraphQLField, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toGlobalId, type NodeType } from '../../src/graphql/global-id.js';
import { resolvers } from '../../src/graphql/resolvers.generated.js';
import { withoutInternalDirectives } from '../../src/graphql/schema-directives.js';
import { typeDefs } from '../../src/graphql/typeDefs.generated.js';
import { costModel, readCostModel, unsizedLists } from '../../src/security/cost-model.js';

// The cost estimate (src/security/cost.ts) knows a field's bank calls and list size only from its @bankCalls and
// @listSize: a field that reaches the bank without @bankCalls would be priced as free.

const schema = buildASTSchema(typeDefs);
const model = costModel(typeDefs);

/** Context properties through which resolvers reach the bank (src/context.ts): resolvers never call fetch. */
const BANK_DOORS = new Set(['loaders', 'writes']);

/** Stands in for any parent, argument or return value: every property and call gives it back; never a thenable. */
const anything: unknown = new Proxy(() => undefined, {
  get: (_target, property) => (property === 'then' ? undefined : property === Symbol.toPrimitive ? () => '' : anything),
  apply: () => anything,
});

/** The resolver's `info`: a stand-in, but with a path that ends (graphql-js walks `info.path` to its root). */
const info: unknown = new Proxy({}, {
  get: (_target, property) => (property === 'path' ? { key: 'field', prev: undefined, typename: undefined } : (anything as Record<PropertyKey, unknown>)[property]),
});

const NODE_TYPES: NodeType[] = ['Account', 'Transaction', 'Recipient', 'Location'];

/** A value of an argument's type that gets past the resolver's own checks: global ids of `idType`. */
function sample(type: GraphQLInputType, idType: NodeType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sample(nullable.ofType, idType)];
  if (isInputObjectType(nullable)) return {};
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  return { ID: toGlobalId(idType, 'x'), Int: 1, Float: 1, Boolean: true }[nullable.name] ?? 'x';
}

/** Whether the field's resolver touches the bank's loaders or writes, for ids of any Node type. */
async function reachesBank(typeName: string, field: GraphQLField<unknown, unknown>): Promise<boolean> {
  const resolve = (resolvers as Record<string, Record<string, unknown> | undefined>)[typeName]?.[field.name];
  if (typeof resolve !== 'function') return false;
  let reached = false;
  const context = new Proxy({}, {
    get: (_target, property) => {
      if (BANK_DOORS.has(String(property))) reached = true;
      return anything;
    },
  });
  for (const idType of NODE_TYPES) {
    const args = Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type, idType)]));
    try {
      const result = await resolve(anything, args, context, info);
      // A list field may answer a list of promises (nodes): each is settled here, as graphql-js would.
      if (Array.isArray(result)) await Promise.allSettled(result);
    } catch {
      // A stand-in parent breaks most resolvers somewhere; only whether they reached for the bank first matters.
    }
  }
  return reached;
}

async function fieldsReachingBank(): Promise<string[]> {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (await reachesBank(type.name, field)) found.push(`${type.name}.${field.name}`);
    }
  }
  return found.sort();
}

const carrying = (directive: 'calls' | 'size') =>
  [...model.fields].filter(([, cost]) => cost[directive]).map(([key]) => key).sort();

describe('@bankCalls and @listSize, the cost registry', () => {
  it('is on every field whose resolver reaches the bank, and on no other', async () => {
    const reaching = await fieldsReachingBank();
    // The probe finds what it must: the lists, the lookups by id and the writes.
    expect(reaching).toEqual(expect.arrayContaining(['Viewer.accounts', 'Query.nodes', 'Account.location', 'Mutation.recipientCreate']));
    expect(carrying('calls')).toEqual(reaching);
  });

  it('sizes every list of objects, through @listSize or the slicing argument of the field above', () => {
    expect(unsizedLists(model)).toEqual([]);
    expect(carrying('size')).toEqual(expect.arrayContaining(['Viewer.accounts', 'Account.transactions', 'Query.nodes']));
  });

  it('refuses to start with a list of objects that nothing sizes', () => {
    const sdl = concatAST([typeDefs, parse('extend type Viewer {\n  """\n  A sample list.\n  """\n  samples: [Account!]! @bankCalls(count: 1)\n}')]);
    expect(unsizedLists(readCostModel(sdl))).toEqual(['Viewer.samples']);
    expect(() => costModel(sdl)).toThrow(/No @listSize directive on Viewer\.samples/);
  });

  it('reads the arguments with their defaults', () => {
    expect(model.fields.get('Account.transactions')).toEqual({
      calls: { count: 1, per: 'PARENT' },
      size: { slicingArguments: ['first', 'last'], assumedSize: 25, sizedFields: ['edges', 'nodes'] },
    });
    expect(model.fields.get('Viewer.accounts')?.calls).toEqual({ count: 1, per: 'LOCATION' });
    expect(model.locations).toBe(5);
  });

  it('is not served: the schema clients see has neither directive nor their enum', () => {
    const served = buildASTSchema(withoutInternalDirectives(typeDefs));
    expect(served.getDirective('bankCalls')).toBeUndefined();
    expect(served.getDirective('listSize')).toBeUndefined();
    expect(served.getType('BankCallUnit')).toBeUndefined();
    expect(getNamedType(served.getQueryType()!.getFields().nodes!.type).name).toBe('Node');
  });
});
