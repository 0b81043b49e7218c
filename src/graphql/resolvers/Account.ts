import { toGlobalId } from '../global-id.js';
import { displayName, historyAllowed, isCertificate, isLoan, isOverdrawn, isVisible, lastFour, ownershipType } from '../lib/account-fields.js';
import { enumOrFallback } from '../lib/enums.js';
import { transactionConnection, emptyTransactionConnection } from '../lib/transaction-page.js';
import { transactionMatcher } from '../lib/transaction-filter.js';
import { ALL } from '../../upstream/loaders.js';
import type { AccountResolvers, OwnershipType, TransactionType } from '../types.generated.js';

export const Account: AccountResolvers = {
  id: (account) => toGlobalId('Account', account.id),
  internalId: (account) => account.id,
  displayName: (account) => displayName(account),
  // The grouping objects are slices of the bank's flat account (see mappers/account.mappers.ts).
  balance: (account) => account,
  interest: (account) => account,
  loan: (account) => (isLoan(account) ? account : null),
  certificate: (account) => (isCertificate(account) ? account : null),
  isOverdrawn: (account) => isOverdrawn(account),
  isVisible: (account) => isVisible(account),
  // Masked here whatever the bank sends: the MICR line carries the full account number.
  micrNumber: (account) => lastFour(account.micrNumber),
  ownership: (account, _args, _context, info) =>
    enumOrFallback<OwnershipType, null>(info, 'OwnershipType', ownershipType(account), null),
  location: async (account, _args, { loaders }) => {
    // Cross-member accounts belong to another customer: their location is not the viewer's to show.
    if (!account.institutionCustomerId || account.category === 'CROSS_USER_ACCOUNT') return null;
    return (await loaders.locations.load(ALL)).find((l) => l.institutionCustomerId === account.institutionCustomerId) ?? null;
  },
  transactions: async (account, { first, after, last, before, filter }, { loaders }, info) => {
    const matcher = transactionMatcher(filter, (raw) => enumOrFallback<TransactionType>(info, 'TransactionType', raw, 'OTHER'));
    // An empty list of types matches nothing (schema): asking the bank would be a wasted call.
    if (!historyAllowed(account) || filter?.types?.length === 0) return emptyTransactionConnection();
    const window = { startDate: filter?.startDate, endDate: filter?.endDate };
    return transactionConnection(loaders, account, { first, after, last, before, ...window, matcher });
  },
};
