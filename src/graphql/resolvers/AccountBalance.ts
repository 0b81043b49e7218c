import type { AccountBalanceResolvers } from '../types.generated.js';

export const AccountBalance: AccountBalanceResolvers = {
  current: (account) => account.currentBalance ?? null,
  available: (account) => account.availableBalance ?? null,
  lastStatement: (account) => account.lastStatementBalance ?? null,
};
