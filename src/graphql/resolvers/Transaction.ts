import { notFound } from '../../errors.js';
import { toGlobalId, transactionBankId } from '../global-id.js';
import { enumOrFallback } from '../lib/enums.js';
import type { TransactionResolvers, TransactionType } from '../types.generated.js';

export const Transaction: TransactionResolvers = {
  id: (transaction) => toGlobalId('Transaction', transactionBankId(transaction.accountId, transaction.transactionDate, transaction.id)),
  internalId: (transaction) => transaction.id,
  account: async (transaction, _args, { loaders }) => {
    // Already loaded in practice: transactions are only reached through their account.
    const account = await loaders.accountById.load(transaction.accountId);
    if (!account) throw notFound('Account');
    return account;
  },
  // The bank sends debits as positive amounts with isCreditTransaction=false (contract §8).
  signedAmount: (transaction) =>
    transaction.isCreditTransaction ? transaction.amount : { ...transaction.amount, amount: -transaction.amount.amount },
  direction: (transaction) => (transaction.isCreditTransaction ? 'CREDIT' : 'DEBIT'),
  isCredit: (transaction) => transaction.isCreditTransaction,
  status: (transaction) => (transaction.isPending ? 'PENDING' : 'POSTED'),
  type: (transaction, _args, _context, info) => enumOrFallback<TransactionType>(info, 'TransactionType', transaction.type, 'OTHER'),
  runningBalance: (transaction) => transaction.ledgerBalance ?? null,
};
