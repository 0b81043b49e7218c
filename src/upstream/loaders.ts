import { accountLoaders } from './account-loaders.js';
import { createRequestScope, type AccountView, type LoaderOptions } from './loader-scope.js';
import { recipientLoaders } from './recipient-loaders.js';
import { transactionLoaders } from './transaction-loaders.js';
import type { BankCallContext } from './client.js';

export type { AccountListFilter } from './account-loaders.js';
export type { AccountView, BatchObserver, LoaderOptions } from './loader-scope.js';
export type { TransactionPageKey } from './transaction-loaders.js';

/**
 * The DataLoaders and memoised reads of ONE GraphQL request for ONE viewer. Built per request so nothing about a
 * customer outlives the request or is visible to another; every read is deduplicated within the request.
 */
export function createLoaders(ctx: BankCallContext, options: LoaderOptions, view: () => AccountView) {
  const scope = createRequestScope(ctx, options, view);
  return { ...accountLoaders(scope), ...recipientLoaders(scope), ...transactionLoaders(scope) };
}

export type Loaders = ReturnType<typeof createLoaders>;
