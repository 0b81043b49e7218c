// urql 6 (core) with its default exchanges; test/client/urql.test.ts runs it.
import { Client, cacheExchange, fetchExchange } from '@urql/core';

export function createUrqlClient(endpoint: string, token: string): Client {
  return new Client({
    url: endpoint,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
}
