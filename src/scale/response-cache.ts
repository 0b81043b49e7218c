import type { ResponseCache } from '../upstream/response-cache.js';
import { sha256Hex } from './namespace.js';
import type { Sealer } from './seal.js';

/**
 * Where cached responses live. Every viewer has a version that a mutation moves on; an entry is stored only under
 * the version it was read under, so a response fetched before a mutation can never land in the cache after it.
 */
export interface ResponseCacheBackend {
  get(viewer: string, field: string): Promise<{ version: string; entry?: string }>;
  set(viewer: string, version: string, field: string, entry: string, ttlMs: number): Promise<void>;
  invalidate(viewer: string): Promise<void>;
}

/**
 * Entries encrypted and authenticated before they leave the process (Redis holds balances, names, e-mail). Each is
 * bound to its viewer and read, so an entry copied under another viewer or key opens as nothing; anything that
 * does not open is a miss: refetched from the bank and overwritten, never served.
 */
export function sealedBackend(backend: ResponseCacheBackend, sealer: Sealer): ResponseCacheBackend {
  const context = (viewer: string, field: string) => `${viewer}\n${field}`;
  return {
    async get(viewer, field) {
      const found = await backend.get(viewer, field);
      return { version: found.version, entry: found.entry === undefined ? undefined : sealer.open(found.entry, context(viewer, field)) };
    },
    set: (viewer, version, field, entry, ttlMs) => backend.set(viewer, version, field, sealer.seal(entry, context(viewer, field)), ttlMs),
    invalidate: (viewer) => backend.invalidate(viewer),
  };
}

export type CacheOutcome = 'hit' | 'miss' | 'bypass';

export interface ResponseCacheOptions {
  backend: ResponseCacheBackend;
  ttlSeconds: number;
  /** bankNamespace(): the bank, client id and scope set the responses were read with. */
  namespace: string;
  onOutcome?: (outcome: CacheOutcome) => void;
}

/** An entry is `<expiry epoch ms>:<JSON>`: a viewer's entries share one Redis key, so each carries its own expiry. */
function decode(entry: string | undefined, at: number): string | undefined {
  if (entry === undefined) return undefined;
  const colon = entry.indexOf(':');
  return Number(entry.slice(0, colon)) > at ? entry.slice(colon + 1) : undefined;
}

/**
 * Per-viewer cache of bank reads. The key is a digest of the bank namespace, the user id type and the user id:
 * two customers (or one id under two id types, or another client's scopes) can never share an entry. Results are
 * stored as JSON, so a cached object is never shared with (or mutated by) a request that did not read it.
 */
export function createResponseCache({ backend, ttlSeconds, namespace, onOutcome }: ResponseCacheOptions): ResponseCache {
  const ttlMs = ttlSeconds * 1000;
  return {
    forViewer(user) {
      const viewer = sha256Hex(JSON.stringify([namespace, user.idType, user.userId])).slice(0, 32);
      return {
        async read<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T> {
          const field = JSON.stringify(key);
          let version: string | undefined;
          try {
            const found = await backend.get(viewer, field);
            const cached = decode(found.entry, Date.now());
            if (cached !== undefined) {
              onOutcome?.('hit');
              return JSON.parse(cached) as T;
            }
            version = found.version;
            onOutcome?.('miss');
          } catch {
            // Without the shared store there is no way to know about another instance's invalidation: no cache.
            onOutcome?.('bypass');
          }
          const result = await load();
          if (version !== undefined) {
            backend.set(viewer, version, field, `${Date.now() + ttlMs}:${JSON.stringify(result)}`, ttlMs).catch(() => undefined);
          }
          return result;
        },
        invalidate: () => backend.invalidate(viewer).catch(() => undefined),
      };
    },
  };
}
