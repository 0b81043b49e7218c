import { accountLoaders } from './account-loaders.js';
import { createRequestScope, type AccountView, type LoaderOptions, type RequestScope } from './loader-scope.js';
import { recipientLoaders } from './recipient-loaders.js';
import { transactionLoaders } from './transaction-loaders.js';
import { createWrites, type BankWrites } from './writes.js';
import type { BankCallContext } from './client.js';

export type { AccountListFilter } from './account-loaders.js';
export { ALL } from './loader-scope.js';
export type { AccountView, BatchObserver, LoaderOptions } from './loader-scope.js';
export { findTransaction, type TransactionPageKey } from './transaction-loaders.js';
export type { BankWrites } from './writes.js';

function createLoaders(scope: RequestScope) {
  return { ...accountLoaders(scope), ...recipientLoaders(scope), ...transactionLoaders(scope) };
}

/** Reads: DataLoaders only. */
export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The bank as ONE GraphQL request for ONE viewer sees it: its DataLoaders (reads) and its writes. Built per request
 * so nothing about a customer outlives the request or is visible to another; DataLoader's cache is the one
 * deduplication within the request, the response cache (response-cache.ts) the one beyond it.
 */
export function createRequestBank(ctx: BankCallContext, options: LoaderOptions, view: () => AccountView): { loaders: Loaders; writes: BankWrites } {
  const scope = createRequestScope(ctx, options, view);
  const loaders = createLoaders(scope);
  return { loaders, writes: createWrites(ctx, loaders, scope.cache) };
}
