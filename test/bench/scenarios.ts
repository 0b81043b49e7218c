// The five benchmark operations. Account ids are looked up once per run (the seed is fixed, so they are stable).
import type { ScenarioId } from './options.js';

export interface BenchUser {
  userId: string;
  idType: 'hostUserId' | 'loginId';
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  /** Which seed user the operation runs as. */
  user: 'retailRich' | 'business';
  query: string;
}

export interface ScenarioIds {
  /** Every account id of the retail user, in the bank's order. */
  accounts: string[];
  /** 8 accounts whose history the user may see, those with the most transactions (in the default window) first. */
  historyAccounts: string[];
}

/** Run through the gateway as the retail user to find the ids the scenarios name. */
export const DISCOVERY_QUERY = `{ viewer { accounts { id allowedActions { historyEnabled historyEntitled } transactions(first: 1) { totalCount } } } }`;

interface DiscoveredAccount {
  id: string;
  allowedActions: { historyEnabled: boolean; historyEntitled: boolean } | null;
  transactions: { totalCount: number | null } | null;
}

export function idsFrom(accounts: DiscoveredAccount[]): ScenarioIds {
  const historyAccounts = accounts
    .filter((a) => a.allowedActions?.historyEnabled && a.allowedActions.historyEntitled)
    .sort((a, b) => (b.transactions?.totalCount ?? 0) - (a.transactions?.totalCount ?? 0))
    .slice(0, 8)
    .map((a) => a.id);
  if (accounts.length < 25) throw new Error(`the retail user has ${accounts.length} accounts; S3 needs 25`);
  if (historyAccounts.length < 8) throw new Error(`only ${historyAccounts.length} accounts with history; S5 needs 8`);
  return { accounts: accounts.map((a) => a.id), historyAccounts };
}

const money = '{ amount currencyCode }';

export function buildScenarios(ids: ScenarioIds): Scenario[] {
  const aliases = (list: string[], selection: string) =>
    list.map((id, i) => `a${i}: account(id: "${id}") ${selection}`).join(' ');
  return [
    {
      id: 'S1',
      title: 'one account by id',
      user: 'retailRich',
      query: `{ viewer { account(id: "${ids.accounts[0]}") { id displayName accountNumber category balance { current ${money} available ${money} } } } }`,
    },
    {
      id: 'S2',
      title: 'retail dashboard: every account with balances, status, nickname; recipients',
      user: 'retailRich',
      query: `{ viewer { accounts { id nickName accountNumber category status { isOpen isClosed isDelinquent } balance { current ${money} available ${money} } } recipients { id nickName accountNumber } } }`,
    },
    {
      id: 'S3',
      title: '25 aliased account(id:) lookups',
      user: 'retailRich',
      query: `{ viewer { ${aliases(ids.accounts.slice(0, 25), `{ id nickName accountNumber balance { current ${money} } }`)} } }`,
    },
    {
      id: 'S4',
      title: 'business locations { accounts }',
      user: 'business',
      query: `{ viewer { locations { id name accounts { id accountNumber category balance { current ${money} } } } } }`,
    },
    {
      id: 'S5',
      title: 'last 10 transactions of 8 accounts',
      user: 'retailRich',
      query: `{ viewer { ${aliases(ids.historyAccounts, `{ id transactions(first: 10) { edges { node { id transactionDate description status amount ${money} } } } }`)} } }`,
    },
  ];
}
