import { getNamedType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AccountView } from '../upstream/loaders.js';
import type { Context } from '../context.js';
import { fieldDirectives } from './schema-directives.js';
import type { BankView, bankFieldsDirectiveArgs } from './types.generated.js';

/** What one GraphQL field needs from the bank: its `@bankFields` arguments (schema/directives.graphql). */
export type BankFieldNeed = Required<bankFieldsDirectiveArgs>;

/** Type name → field name → need, for `Account` and every type that slices the bank's account record. */
export type BankFieldRegistry = ReadonlyMap<string, ReadonlyMap<string, BankFieldNeed>>;

// Each field set contains the ones before it (contract §3.2).
const VIEW_ORDER: readonly BankView[] = ['S', 'M', 'FULL'];
const VIEW_NAME = { S: 's', M: 'm', FULL: undefined } as const satisfies Record<BankView, AccountView['viewName']>;

/**
 * Fields (`Type.field`) that lack `@bankFields` although their type needs it: every field of `Account`, and of any
 * type where one field carries it (the slices of the bank's account: AccountBalance, AccountLoan …).
 */
export function fieldsMissingBankFields(typeDefs: DocumentNode): string[] {
  const fields = fieldDirectives<bankFieldsDirectiveArgs>(typeDefs, 'bankFields');
  const registered = new Set(['Account', ...fields.filter((f) => f.args).map((f) => f.type)]);
  return fields.filter((f) => registered.has(f.type) && !f.args).map((f) => `${f.type}.${f.field}`);
}

/** Reads the registry from the SDL; refuses a schema where a bank field would silently cost the full field set. */
export function bankFieldRegistry(typeDefs: DocumentNode): BankFieldRegistry {
  const missing = fieldsMissingBankFields(typeDefs);
  if (missing.length > 0) {
    throw new Error(
      `No @bankFields directive on ${missing.join(', ')}: say which bank field set each needs (docs/adding-a-bank-field.md)`,
    );
  }
  const registry = new Map<string, Map<string, BankFieldNeed>>();
  for (const { type, field, args } of fieldDirectives<BankFieldNeed>(typeDefs, 'bankFields')) {
    if (!args) continue;
    if (!registry.has(type)) registry.set(type, new Map());
    registry.get(type)!.set(field, args);
  }
  return registry;
}

/** `accounts(filter: { isVisible })` filters on a flag the bank only sends with additionalFields. */
function filtersOnVisibility(field: FieldNode): boolean {
  const filter = field.name.value === 'accounts' ? field.arguments?.find((arg) => arg.name.value === 'filter') : undefined;
  if (!filter) return false;
  // A variable may hold anything: assume it asks.
  if (filter.value.kind !== Kind.OBJECT) return true;
  return filter.value.fields.some((f) => f.name.value === 'isVisible');
}

/** The smallest bank field set that serves every account field the document selects. */
export function accountViewFor(registry: BankFieldRegistry, schema: GraphQLSchema, document: DocumentNode): AccountView {
  let view: BankView = 'S';
  let additionalFields = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (filtersOnVisibility(node)) additionalFields = true;
        const parent = typeInfo.getParentType();
        const need = parent && registry.get(getNamedType(parent).name)?.get(node.name.value);
        // Not a bank field (`__typename`, or a field of a type outside the registry).
        if (!need) return;
        if (need.additional) additionalFields = true;
        if (VIEW_ORDER.indexOf(need.view) > VIEW_ORDER.indexOf(view)) view = need.view;
      },
    }),
  );
  return { viewName: VIEW_NAME[view], additionalFields };
}

/** Decides the account view once per operation, before any resolver asks the bank for accounts. */
export function accountViewPlugin(registry: BankFieldRegistry): ApolloServerPlugin<Context> {
  // Apollo reuses the parsed document of a repeated query, so the view is computed once per distinct query.
  const views = new WeakMap<DocumentNode, AccountView>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue }) {
          let view = views.get(document);
          if (!view) views.set(document, (view = accountViewFor(registry, schema, document)));
          contextValue.accountView.current = view;
        },
      };
    },
  };
}
