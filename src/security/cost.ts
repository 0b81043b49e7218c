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
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fromGlobalId } from '../graphql/global-id.js';
import type { BankCalls, CostModel, ListSize } from './cost-model.js';

type Args = Record<string, unknown>;
const NO_ARGS: Args = Object.freeze({});

/** One bank call weighs as much as ten objects in the response: latency and the bank's capacity are what run out. */
export const CALL_WEIGHT = 10;
/** A list argument (`nodes(ids:)`) takes at most this many entries (GitHub's limit too). */
export const MAX_NODE_IDS = 100;

/** Who asks changes what a field costs: the same lookup is one batched call for one viewer and N calls for another. */
export interface CostProfile {
  /** Business users (loginId) fetch each account by id on its own: the bank has no business `$filter` by id. */
  business: boolean;
  /** Account ids per batched `$filter` call for the others (ACCOUNT_ID_BATCH_MAX). */
  accountIdBatchMax: number;
}

const RETAIL: CostProfile = { business: false, accountIdBatchMax: 50 };

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

const narrowedToLocation = (args: Args): boolean => Boolean((args.filter as Args | undefined)?.locationId);

function listArgument(field: string, args: Args, name: string): unknown[] {
  const list = Array.isArray(args[name]) ? (args[name] as unknown[]) : [];
  if (list.length > MAX_NODE_IDS) {
    throw new GraphQLError(`${field}(${name}:) takes at most ${MAX_NODE_IDS} ids; ${list.length} were given`, {
      extensions: { code: 'BAD_USER_INPUT', maximum: MAX_NODE_IDS, actual: list.length, http: { status: 400 } },
    });
  }
  return list;
}

/** Bank calls per parent object of a field that carries `@bankCalls` without `shared`. */
function callsOf(model: CostModel, field: string, calls: BankCalls, args: Args, profile: CostProfile): number {
  switch (calls.per) {
    case 'PARENT':
      return calls.count;
    case 'ACCOUNT_ID':
      return calls.count * accountLookup(profile);
    case 'GLOBAL_ID':
      return calls.count * idLookups(args.ids === undefined ? args.id : listArgument(field, args, 'ids'), profile);
    case 'LOCATION':
      return calls.count * (!profile.business || narrowedToLocation(args) ? 1 : model.locations + 1);
  }
}

/** The expected length of a list that carries `@listSize`; undefined when only a slicing argument sizes it. */
function sizeOf(field: string, size: ListSize, args: Args): number | undefined {
  if (size.listArgument) return listArgument(field, args, size.listArgument).length || 1;
  if (typeof size.perLocation === 'number' && narrowedToLocation(args)) return size.perLocation;
  return size.assumedSize ?? undefined;
}

/** The lists of a field's type that its slicing argument sizes (a connection's `edges` and `nodes` by `first`). */
interface Slice {
  length: number;
  fields: readonly string[];
}

function sliceOf(size: ListSize | undefined, args: Args): Slice | undefined {
  // As in IBM's specification, `assumedSize` stands in for a slicing argument the operation leaves out.
  const given = size?.slicingArguments?.map((name) => args[name]).find((v) => typeof v === 'number');
  const value = given ?? (size?.sizedFields ? size.assumedSize : undefined);
  return typeof value === 'number' ? { length: Math.max(0, value), fields: size?.sizedFields ?? [] } : undefined;
}

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
 * multiplied by the sizes of the lists around it (a connection's `first`, `ids.length`, or the `@listSize`
 * estimates). What each field costs is read from the schema's `@bankCalls` and `@listSize` (cost-model.ts).
 * Computed after validation and with the request's variables, because `first: $n` decides the fan-out. Throws
 * BAD_USER_INPUT for a `nodes(ids:)` over MAX_NODE_IDS.
 */
export function operationCost(
  model: CostModel,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Args = {},
  profile: CostProfile = RETAIL,
): number {
  const { schema } = model;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Cost is linear in the multiplier, so a fragment is costed once per slice and then scaled: spreading
  // fragments into each other cannot make this walk exponential.
  const fragmentCosts = new Map<string, number>();
  // Loads the request makes once whoever asks (`@bankCalls(shared:)`): counted once, outside the multipliers.
  const sharedLoads = new Set<string>();

  function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLNamedType, slice: Slice | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) total += selectionCost(selection.selectionSet, type, slice);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${selection.name.value}:${slice?.length ?? ''}:${slice?.fields.join() ?? ''}`;
        let cost = fragmentCosts.get(key);
        if (cost === undefined) {
          const fragment = fragments.get(selection.name.value);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          cost = fragment && type ? selectionCost(fragment.selectionSet, type, slice) : 0;
          fragmentCosts.set(key, cost);
        }
        total += cost;
      } else if (!selection.name.value.startsWith('__') && (isObjectType(parent) || isInterfaceType(parent))) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const cost = model.fields.get(`${parent.name}.${field.name}`);
        // Coercing arguments is the expensive part of this walk: only the fields with cost directives read them.
        const args = cost ? argumentsOf(field, selection, variables) : NO_ARGS;
        let calls = 0;
        if (cost?.calls?.shared) sharedLoads.add(cost.calls.shared);
        else if (cost?.calls) calls = callsOf(model, field.name, cost.calls, args, profile);
        const type = getNamedType(field.type);
        const isList = isListType(getNullableType(field.type));
        const sliced = slice?.fields.includes(field.name) ? slice.length : undefined;
        const size = isList ? ((cost?.size && sizeOf(field.name, cost.size, args)) ?? sliced ?? 1) : 1;
        total += calls * CALL_WEIGHT + (isCompositeType(type) ? size : 0);
        if (selection.selectionSet) total += size * selectionCost(selection.selectionSet, type, sliceOf(cost?.size, args));
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const total = selectionCost(operation.selectionSet, root, undefined) + sharedLoads.size * CALL_WEIGHT;
  // Shares of batched calls add up; the total is rounded up once (past float noise: 40 × 1/50 is not exactly 0.8).
  return Math.max(0, Math.ceil(total - 1e-9));
}
