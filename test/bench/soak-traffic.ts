// The mixed workload of the soak: several viewers, fan-out queries, a mutation and a rejected token.
import { SEED_USERS } from '../../src/sandbox/index.js';
import type { UserContext } from '../../src/upstream/types.js';

export interface SoakRequest {
  label: string;
  as: UserContext | 'bad-token';
  query: string;
  variables?: Record<string, unknown>;
  /** An error code this request is meant to get (the rejected token). */
  expectedCode?: string;
}

export function soakRequests(singleAccountId: string): SoakRequest[] {
  const dashboard: SoakRequest = {
    label: 'Dashboard', as: SEED_USERS.retailRich,
    query: 'query Dashboard { viewer { accounts { id nickName balance { current { amount } } } recipients { id nickName } } }',
  };
  return [
    dashboard,
    {
      label: 'History', as: SEED_USERS.retailRich,
      query: 'query History { viewer { accounts(filter: { categories: [DEPOSIT] }) { id transactions(first: 5) { edges { node { id amount { amount } } } } } } }',
    },
    {
      label: 'Single', as: SEED_USERS.retailSingle,
      query: 'query Single { viewer { accounts { id transactions(first: 20) { totalCount } } recipients { id } } }',
    },
    dashboard,
    {
      label: 'Business', as: SEED_USERS.business,
      query: 'query Business { viewer { locations { id name } accounts { id } } }',
    },
    {
      label: 'Rename', as: SEED_USERS.retailSingle,
      query: 'mutation Rename($id: ID!) { accountUpdate(id: $id, input: { nickName: "Soak" }) { account { id } userErrors { code } } }',
      variables: { id: singleAccountId },
    },
    dashboard,
    { label: 'BadToken', as: 'bad-token', query: '{ viewer { id } }', expectedCode: 'UNAUTHENTICATED' },
  ];
}
