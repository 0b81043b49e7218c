import type { AccountInterestResolvers } from '../types.generated.js';

export const AccountInterest: AccountInterestResolvers = {
  rate: (account) => account.interestRate ?? null,
  yearToDate: (account) => account.interestYearToDate ?? null,
};
