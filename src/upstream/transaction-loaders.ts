import DataLoader from 'dataloader';
import { createLimiter } from './limit.js';
import { listTransactions } from './transactions.js';
import { eachKey, type RequestScope } from './loader-scope.js';
import type { AccountDto, TransactionsResponseDto } from './types.js';

export interface TransactionPageKey {
  account: AccountDto;
  skip: number;
  top: number;
  startDate?: string;
  endDate?: string;
}

/** Transactions searched for `node(id:)` of a Transaction: one page of its posting date. */
const FIND_TRANSACTION_WINDOW = 100;

/** One bank call per account page, at most TRANSACTIONS_CONCURRENCY of them in flight per request. */
export function transactionLoaders(scope: RequestScope) {
  const { ctx, isBusiness } = scope;
  const limit = createLimiter(scope.options.transactionsConcurrency);
  const transactions = new DataLoader<TransactionPageKey, TransactionsResponseDto, string>(
    scope.observed('transactions', (keys) =>
      eachKey(keys, (key) =>
        limit(() =>
          listTransactions(ctx, {
            accountId: key.account.id,
            institutionCustomerId: isBusiness ? key.account.institutionCustomerId : undefined,
            skip: key.skip,
            top: key.top,
            startDate: key.startDate,
            endDate: key.endDate,
          }),
        ),
      )),
    { cacheKeyFn: (key) => [key.account.id, key.skip, key.top, key.startDate, key.endDate].join('|') },
  );

  return { transactions };
}

export type TransactionLoader = ReturnType<typeof transactionLoaders>['transactions'];

/** The bank has no transaction-by-id read: look in the account's history on the transaction's own date. */
export async function findTransaction(transactions: TransactionLoader, account: AccountDto, transactionId: string, date?: string) {
  const page = await transactions.load({ account, skip: 0, top: FIND_TRANSACTION_WINDOW, startDate: date, endDate: date });
  return page.transactions.find((t) => t.id === transactionId) ?? null;
}
