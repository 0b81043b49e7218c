import { NO_RESPONSE_CACHE, type ResponseCache, type ViewerResponseCache } from './response-cache.js';
import type { BankCallContext } from './client.js';
import type { AccountDto } from './types.js';

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

/** What the loaders of one request share: whom they act for, memoised reads, metrics hooks, the viewer's cache. */
export interface RequestScope {
  ctx: BankCallContext;
  options: LoaderOptions;
  view: () => AccountView;
  /** A business user's accounts are addressed per location (the bank answers ACC_00410 otherwise). */
  isBusiness: boolean;
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
  forget(key: string): void;
  remembers(key: string): boolean;
  observed<K, T>(name: string, load: (keys: readonly K[]) => Promise<T>): (keys: readonly K[]) => Promise<T>;
  cache: ViewerResponseCache;
  /** Runs a write and then drops the viewer's cached responses. */
  mutation<T>(write: Promise<T>): Promise<T>;
  /** Lists whose ids were all fetched, for serving `account(id:)` without another call. */
  loadedLists: Array<Promise<AccountDto[]>>;
}

export function createRequestScope(ctx: BankCallContext, options: LoaderOptions, view: () => AccountView): RequestScope {
  const memo = new Map<string, Promise<unknown>>();
  const cache = options.responseCache?.forViewer(ctx.user) ?? NO_RESPONSE_CACHE;
  return {
    ctx,
    options,
    view,
    isBusiness: ctx.user.idType === 'loginId',
    once<T>(key: string, load: () => Promise<T>): Promise<T> {
      let hit = memo.get(key) as Promise<T> | undefined;
      if (!hit) {
        hit = load();
        memo.set(key, hit);
      }
      return hit;
    },
    forget: (key) => void memo.delete(key),
    remembers: (key) => memo.has(key),
    observed<K, T>(name: string, load: (keys: readonly K[]) => Promise<T>) {
      const observe = options.observeBatch;
      return observe ? (keys: readonly K[]) => observe(name, keys.length, () => load(keys)) : load;
    },
    cache,
    // Also when the call failed: a write that timed out may still have been applied by the bank.
    mutation: <T>(write: Promise<T>): Promise<T> => write.finally(() => cache.invalidate()),
    loadedLists: [],
  };
}
