import { SEED_USERS } from '../../src/sandbox/seed.js';
import type { UserContext } from '../../src/upstream/types.js';
import type { GraphQLResult, TestGateway } from '../support/gateway.js';

/** A realistic mix of what front ends ask: 1 or 2 bank calls each, over several services and users. */
export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  as: UserContext;
}

export async function operationMix(gw: TestGateway): Promise<Operation[]> {
  const single = SEED_USERS.retailSingle;
  const first = await gw.query<{ viewer: { accounts: Array<{ id: string }> } }>('{ viewer { accounts { id } } }', {}, single);
  const accountId = first.body.data!.viewer.accounts[0]!.id;
  return [
    { name: 'accounts', query: '{ viewer { accounts { id nickName balance { current { amount } } } } }', as: SEED_USERS.retailRich },
    { name: 'recipients', query: '{ viewer { recipients { id nickName } } }', as: single },
    { name: 'dashboard', query: '{ viewer { accounts { id nickName } recipients { id } } }', as: single },
    { name: 'history', query: '{ viewer { accounts { id transactions(first: 3) { edges { node { id } } } } } }', as: single },
    {
      name: 'account',
      query: 'query Account($id: ID!) { node(id: $id) { id ... on Account { nickName transactions(first: 2) { totalCount } } } }',
      variables: { id: accountId },
      as: single,
    },
    { name: 'locations', query: '{ viewer { locations { id } } }', as: SEED_USERS.business },
  ];
}

/** Complete answer: HTTP 200, data, no error anywhere. */
export function succeeded(result: GraphQLResult): boolean {
  return result.status === 200 && result.body.errors === undefined && result.body.data != null;
}

/** Runs `count` operations round-robin over the mix, `concurrency` at a time. */
export async function runMix(gw: TestGateway, mix: Operation[], count: number, concurrency: number): Promise<GraphQLResult[]> {
  const tokens = new Map<UserContext, string>();
  for (const op of mix) if (!tokens.has(op.as)) tokens.set(op.as, await gw.token(op.as));
  const results: GraphQLResult[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const op = mix[index % mix.length]!;
      results[index] = await gw.query(op.query, op.variables, tokens.get(op.as)!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
