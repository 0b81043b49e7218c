import { getNamedType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AccountView } from '../upstream/loaders.js';
import type { Context } from '../context.js';

/**
 * What each GraphQL field of an account needs from the bank. `s` and `m` are the bank's `viewName` field sets
 * (contract §3.2: `s` has no nickName, interest or most loan fields; `m` is everything but `micrNumber`);
 * `extra` needs `additionalFields=true` (ownership, visibility). Fields not listed need the full set.
 */
type Need = 's' | 'm' | 'full' | 'extra';
const NEEDS: Record<string, Record<string, Need>> = {
  Account: {
    id: 's', internalId: 's', displayName: 'm', nickName: 'm', description: 's', accountNumber: 's', category: 's',
    type: 's', balance: 's', interest: 'm', loan: 's', certificate: 's', status: 's', allowedActions: 's',
    isOverdrawn: 's', routingNumber: 's', micrNumber: 'full', primaryHolderName: 'm', ownership: 'extra',
    isVisible: 'extra', location: 's', transactions: 's', __typename: 's',
  },
  AccountBalance: { current: 's', available: 's', lastStatement: 's', __typename: 's' },
  AccountInterest: { rate: 'm', yearToDate: 'm', __typename: 's' },
  AccountLoan: {
    nextPayment: 's', payoffAmount: 's', calculatedPayoffAmount: 's', maturityDate: 's', minimumPayment: 'm',
    lineOfCreditLimit: 'm', originalAmount: 'm', originationDate: 'm', currentPrincipalBalance: 'm',
    escrowBalance: 'm', lastPrincipalPayment: 'm', pastPrincipalDueDate: 'm', term: 'm', __typename: 's',
  },
  AccountCertificate: { maturityDate: 's', term: 'm', __typename: 's' },
};

const RANK = { s: 0, m: 1, full: 2 } as const;

/** `accounts(filter: { isVisible })` filters on a flag the bank only sends with additionalFields. */
function filtersOnVisibility(field: FieldNode): boolean {
  const filter = field.name.value === 'accounts' ? field.arguments?.find((arg) => arg.name.value === 'filter') : undefined;
  if (!filter) return false;
  // A variable may hold anything: assume it asks.
  if (filter.value.kind !== Kind.OBJECT) return true;
  return filter.value.fields.some((f) => f.name.value === 'isVisible');
}
const views = new WeakMap<DocumentNode, AccountView>();

/** The smallest bank field set that serves every account field the document selects. */
export function accountViewFor(schema: GraphQLSchema, document: DocumentNode): AccountView {
  const cached = views.get(document);
  if (cached) return cached;
  let level = 's' as keyof typeof RANK;
  let additionalFields = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (filtersOnVisibility(node)) additionalFields = true;
        const parent = typeInfo.getParentType();
        const fields = parent && NEEDS[getNamedType(parent).name];
        if (!fields) return;
        const need = fields[node.name.value] ?? 'full';
        if (need === 'extra') additionalFields = true;
        else if (RANK[need] > RANK[level]) level = need;
      },
    }),
  );
  const view: AccountView = { viewName: level === 'full' ? undefined : level, additionalFields };
  views.set(document, view);
  return view;
}

/** Decides the account view once per operation, before any resolver asks the bank for accounts. */
export function accountViewPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue }) {
          contextValue.accountView.current = accountViewFor(schema, document);
        },
      };
    },
  };
}
