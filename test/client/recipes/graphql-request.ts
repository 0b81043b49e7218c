// graphql-request 7; test/client/graphql-request.test.ts runs it.
import { GraphQLClient } from 'graphql-request';

export function createRequestClient(endpoint: string, token: string): GraphQLClient {
  return new GraphQLClient(endpoint, { headers: { authorization: `Bearer ${token}` } });
}
