import type { UserContext } from './types.js';

/**
 * Bank reads of ONE viewer kept for a few seconds beyond the request (account lists, locations). Keys are scoped
 * to the viewer by the implementation, so a key here only names the read and its parameters.
 */
export interface ViewerResponseCache {
  /** The cached result of `key`, or `load()`'s (then cached). Errors are never cached. */
  read<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T>;
  /** The viewer changed something at the bank: forget everything cached for them, in every process. */
  invalidate(): Promise<void>;
}

export interface ResponseCache {
  forViewer(user: UserContext): ViewerResponseCache;
}

export const NO_RESPONSE_CACHE: ViewerResponseCache = {
  read: (_key, load) => load(),
  invalidate: async () => undefined,
};

/** The viewer's part of the response cache, or none. */
export const viewerCache = (cache: ResponseCache | undefined, user: UserContext): ViewerResponseCache =>
  cache?.forViewer(user) ?? NO_RESPONSE_CACHE;
