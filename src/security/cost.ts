import {
  GraphQLError,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fromGlobalId } from '../graphql/global-id.js';
import { DEFAULT_TRANSACTIONS_PAGE } from '../graphql/lib/transaction-page.js';

type Args = Record<string, unknown>;
const NO_ARGS: Args = Object.freeze({});

/** One bank call weighs as much as ten objects in the response: latency and the bank's capacity are what run out. */
export const CALL_WEIGHT = 10;
/** Locations assumed for a business customer: the seed's largest has five. */
const LOCATIONS = 5;
/** `nodes(ids:)` takes at most this many ids (GitHub's limit too). */
export const MAX_NODE_IDS = 100;

/** Who asks changes what a field costs: the same lookup is one batched call for one viewer and N calls for another. */
export interface CostProfile {
  /** Business users (loginId) fetch each account by id on its own: the bank has no business `$filter` by id. */
  business: boolean;
  /** Account ids per batched `$filter` call for the others (ACCOUNT_ID_BATCH_MAX). */
  accountIdBatchMax: number;
}

const RETAIL: CostProfile = { business: false, accountIdBatchMax: 50 };

interface FieldModel {
  /** Bank calls the field makes for each parent object; fractions are a share of a batched call. */
  calls?: (args: Args, profile: CostProfile) => number;
  /** Expected length of a list the schema does not size with `first`. */
  size?: (args: Args) => number;
  /** Items per page of a connection that does not page with `first` alone. */
  page?: (args: Args) => number;
}

/** One account by id: a call of its own for a business user, a share of a batched call for the others. */
const accountLookup = (profile: CostProfile): number => (profile.business ? 1 : 1 / profile.accountIdBatchMax);

/** Calls to resolve global ids: accounts as above, a transaction is its account plus one history call. */
function idLookups(ids: unknown, profile: CostProfile): number {
  let calls = 0;
  for (const id of Array.isArray(ids) ? ids : [ids]) {
    const type = typeof id === 'string' ? fromGlobalId(id)?.type : undefined;
    if (type === 'Account') calls += accountLookup(profile);
    else if (type === 'Transaction') calls += 1 + accountLookup(profile);
  }
  return calls;
}
const fixed = (n: number) => () => n;

function nodeIds(args: Args): unknown[] {
  const ids = Array.isArray(args.ids) ? args.ids : [];
  if (ids.length > MAX_NODE_IDS) {
    throw new GraphQLError(`nodes(ids:) takes at most ${MAX_NODE_IDS} ids; ${ids.length} were given`, {
      extensions: { code: 'BAD_USER_INPUT', maximum: MAX_NODE_IDS, actual: ids.length, http: { status: 400 } },
    });
  }
  return ids;
}

/**
 * Where this schema fans out to the bank. Everything else costs 1 per object returned and nothing per scalar.
 * graphql-armor's cost-limit has one weight per object and per scalar and cannot say "this field is one bank call
 * per parent for this viewer" or "this list has `ids.length` entries", hence this table.
 */
const MODEL: Record<string, FieldModel> = {
  // A business customer's list is one call per location (plus the location list), unless narrowed to one.
  'Viewer.accounts': {
    calls: (args, profile) => (!profile.business || (args.filter as Args | undefined)?.locationId ? 1 : LOCATIONS + 1),
    size: (args) => ((args.filter as Args | undefined)?.locationId ? 25 : 50),
  },
  'Viewer.account': { calls: (_args, profile) => accountLookup(profile) },
  'Viewer.locations': { calls: fixed(1), size: fixed(LOCATIONS) },
  'Viewer.accountGroups': { calls: fixed(1) },
  'Viewer.recipients': { calls: fixed(1), size: fixed(20) },
  'Location.accounts': { calls: fixed(1), size: fixed(25) },
  'AccountGroup.accounts': { calls: fixed(1), size: fixed(25) },
  // A page is `first` or `last` items, 25 when neither is given; filtering happens on one call's answer.
  'Account.transactions': {
    calls: fixed(1),
    page: (args) => [args.first, args.last].find((n): n is number => typeof n === 'number') ?? DEFAULT_TRANSACTIONS_PAGE,
  },
  'Query.node': { calls: (args, profile) => idLookups(args.id, profile) },
  'Query.nodes': { calls: (args, profile) => idLookups(nodeIds(args), profile), size: (args) => nodeIds(args).length || 1 },
};

function argumentsOf(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], variables: Args): Args {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    // Variables that do not coerce fail the operation before any resolver runs; the defaults are as good as any.
    return {};
  }
}

/**
 * Estimated cost of one operation for one kind of viewer: bank calls × CALL_WEIGHT + objects returned, each
 * multiplied by the sizes of the lists around it (a connection's `first`, `ids.length`, or the estimates above).
 * Computed after validation and with the request's variables, because `first: $n` decides the fan-out. Throws
 * BAD_USER_INPUT for a `nodes(ids:)` over MAX_NODE_IDS.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Args = {},
  profile: CostProfile = RETAIL,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Cost is linear in the multiplier, so a fragment is costed once per page size and then scaled: spreading
  // fragments into each other cannot make this walk exponential.
  const fragmentCosts = new Map<string, number>();
  const mutationType = schema.getMutationType();

  function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) total += selectionCost(selection.selectionSet, type, pageSize);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${selection.name.value}:${pageSize ?? ''}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          const fragment = fragments.get(selection.name.value);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          cost = fragment && type ? selectionCost(fragment.selectionSet, type, pageSize) : 0;
          fragmentCosts.set(key, cost);
        }
        total += cost;
      } else if (!selection.name.value.startsWith('__') && (isObjectType(parent) || isInterfaceType(parent))) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const model = MODEL[`${parent.name}.${field.name}`];
        // Coercing arguments is the expensive part of this walk: only the modelled fields and pages read them.
        const args = model || field.args.some((arg) => arg.name === 'first') ? argumentsOf(field, selection, variables) : NO_ARGS;
        const calls = model?.calls?.(args, profile) ?? (parent === mutationType ? 1 : 0);
        const type = getNamedType(field.type);
        const isList = isListType(getNullableType(field.type));
        const size = isList ? (model?.size?.(args) ?? pageSize ?? 1) : 1;
        total += calls * CALL_WEIGHT + (isCompositeType(type) ? size : 0);
        if (selection.selectionSet) {
          const page = model?.page?.(args) ?? args.first;
          const first = typeof page === 'number' ? Math.max(0, page) : undefined;
          total += size * selectionCost(selection.selectionSet, type, first);
        }
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation);
  // Shares of batched calls add up; the total is rounded up once (past float noise: 40 × 1/50 is not exactly 0.8).
  return root ? Math.max(0, Math.ceil(selectionCost(operation.selectionSet, root, undefined) - 1e-9)) : 0;
}
