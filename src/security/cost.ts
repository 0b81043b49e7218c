import {
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

type Args = Record<string, unknown>;
const NO_ARGS: Args = Object.freeze({});

/** One bank call weighs as much as ten objects in the response: latency and the bank's capacity are what run out. */
export const CALL_WEIGHT = 10;
/** Locations assumed for a business customer: the seed's largest has five. */
const LOCATIONS = 5;

interface FieldModel {
  /** Bank calls the field makes for each parent object (batched lookups count as none). */
  calls?: (args: Args) => number;
  /** Expected length of a list the schema does not size with `first`. */
  size?: (args: Args) => number;
}

const transactionIds = (ids: unknown): number =>
  (Array.isArray(ids) ? ids : [ids]).filter((id) => typeof id === 'string' && fromGlobalId(id)?.type === 'Transaction')
    .length;
const fixed = (n: number) => () => n;

/**
 * Where this schema fans out to the bank. Everything else costs 1 per object returned and nothing per scalar.
 * graphql-armor's cost-limit has one weight per object and per scalar and cannot say "this field is one bank call
 * per parent" or "this list has `ids.length` entries", hence this table.
 */
const MODEL: Record<string, FieldModel> = {
  // A business customer's list is one call per location (plus the location list), unless narrowed to one.
  'Viewer.accounts': {
    calls: (args) => ((args.filter as Args | undefined)?.locationId ? 1 : LOCATIONS),
    size: (args) => ((args.filter as Args | undefined)?.locationId ? 25 : 50),
  },
  'Viewer.locations': { calls: fixed(1), size: fixed(LOCATIONS) },
  'Viewer.accountGroups': { calls: fixed(1) },
  'Viewer.recipients': { calls: fixed(1), size: fixed(20) },
  'Location.accounts': { calls: fixed(1), size: fixed(25) },
  'AccountGroup.accounts': { calls: fixed(1), size: fixed(25) },
  'Account.transactions': { calls: fixed(1) },
  // Accounts and recipients by id are batched into one call; a transaction id is one history call each.
  'Query.node': { calls: (args) => transactionIds(args.id) },
  'Query.nodes': { calls: (args) => transactionIds(args.ids), size: (args) => (Array.isArray(args.ids) ? args.ids.length : 1) },
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
 * Estimated cost of one operation: bank calls × CALL_WEIGHT + objects returned, each multiplied by the sizes of the
 * lists around it (a connection's `first`, `ids.length`, or the estimates above). Computed after validation and
 * with the request's variables, because `first: $n` decides the fan-out.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Args = {},
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
        const calls = model?.calls?.(args) ?? (parent === mutationType ? 1 : 0);
        const type = getNamedType(field.type);
        const isList = isListType(getNullableType(field.type));
        const size = isList ? (model?.size?.(args) ?? pageSize ?? 1) : 1;
        total += calls * CALL_WEIGHT + (isCompositeType(type) ? size : 0);
        if (selection.selectionSet) {
          const first = typeof args.first === 'number' ? Math.max(0, args.first) : undefined;
          total += size * selectionCost(selection.selectionSet, type, first);
        }
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root, undefined) : 0;
}
