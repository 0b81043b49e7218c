import { viewerCache, type ResponseCache, type ViewerResponseCache } from './response-cache.js';
import type { BankCallContext } from './client.js';

/** Which fields the operation needs from the bank, decided once per operation (viewName/additionalFields pushdown). */
export interface AccountView {
  viewName?: 's' | 'm';
  additionalFields: boolean;
}

export interface LoaderOptions {
  accountIdBatchMax: number;
  transactionsConcurrency: number;
  /** Sees every DataLoader batch (metrics, trace spans); must return `run()`'s result. */
  observeBatch?: BatchObserver;
  /** Keeps this viewer's account lists and locations beyond the request (RESPONSE_CACHE_TTL_SECONDS). */
  responseCache?: ResponseCache;
}

export type BatchObserver = <T>(loader: string, size: number, run: () => Promise<T>) => Promise<T>;

/** The key of a loader whose read has no parameter (the viewer's recipients, their locations): one per request. */
export const ALL = 'all';
export type All = typeof ALL;

/** What the loaders of one request share: whom they act for, metrics hooks, the viewer's cache. */
export interface RequestScope {
  ctx: BankCallContext;
  options: LoaderOptions;
  view: () => AccountView;
  /** A business user's accounts are addressed per location (the bank answers ACC_00410 otherwise). */
  isBusiness: boolean;
  observed<K, T>(name: string, load: (keys: readonly K[]) => Promise<T>): (keys: readonly K[]) => Promise<T>;
  cache: ViewerResponseCache;
}

export function createRequestScope(ctx: BankCallContext, options: LoaderOptions, view: () => AccountView): RequestScope {
  return {
    ctx,
    options,
    view,
    isBusiness: ctx.user.idType === 'loginId',
    observed<K, T>(name: string, load: (keys: readonly K[]) => Promise<T>) {
      const observe = options.observeBatch;
      return observe ? (keys: readonly K[]) => observe(name, keys.length, () => load(keys)) : load;
    },
    cache: viewerCache(options.responseCache, ctx.user),
  };
}

/**
 * A batch of independent reads, one per key: a failed read fails its own key only. DataLoader keeps the error for
 * the rest of the request, so a read that failed is not retried by the next field that asks.
 */
export function eachKey<K, V>(keys: readonly K[], read: (key: K) => Promise<V>): Promise<Array<V | Error>> {
  return Promise.all(keys.map((key) => read(key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
}
