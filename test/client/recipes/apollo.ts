// Apollo Client 4 (core, no React) set up as docs/front-end.md recommends; test/client/apollo.test.ts runs it.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';

const ACCOUNT_PARTS = ['AccountActions', 'AccountBalance', 'AccountCertificate', 'AccountInterest', 'AccountLoan', 'AccountStatus', 'AccountType', 'LoanPayment', 'Term'];

export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // A transaction list is one growing list per account and filter; `first`/`after` only pick the page.
      Account: { fields: { transactions: relayStylePagination(['filter']) } },
      // Objects without an id are parts of their account: what one query selected is kept when another selects more.
      ...Object.fromEntries(ACCOUNT_PARTS.map((type) => [type, { merge: true }])),
    },
  });
}

export function createApolloClient(endpoint: string, token: string, options: { persisted?: boolean } = {}): ApolloClient {
  const http = new HttpLink({ uri: endpoint, headers: { authorization: `Bearer ${token}` } });
  // The persisted-documents hash codegen embeds in every generated document ("sha256:<hex>"); APQ wants the hex.
  const persisted = new PersistedQueryLink({
    generateHash: (document: DocumentNode) => (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash.slice(7),
  });
  return new ApolloClient({ link: options.persisted ? persisted.concat(http) : http, cache: createApolloCache() });
}
