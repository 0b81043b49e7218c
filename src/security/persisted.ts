import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { sha256Hex, type Manifest } from './manifest.js';
import type { SecurityConfig } from './config.js';

type PersistedQueryOptions = Exclude<ApolloServerOptions<BaseContext>['persistedQueries'], false | undefined>;

function fromManifest(manifest: Manifest | undefined, hash: string): string | undefined {
  return manifest?.bySha256.get(hash) ?? manifest?.byId.get(hash);
}

/**
 * Apollo's APQ store: safelisted documents answer first, then what clients registered through the APQ handshake,
 * in an LRU bounded by bytes (registration is open to anyone, so it must not grow without limit).
 */
export function persistedQueryCache(manifest: Manifest | undefined, registered: KeyValueCache<string> | undefined): KeyValueCache<string> {
  const cache: KeyValueCache<string> = {
    get: async (hash) => fromManifest(manifest, hash) ?? registered?.get(hash),
    set: async (hash, query, options) => registered?.set(hash, query, options),
    delete: async (hash) => registered?.delete(hash),
  };
  // The store holds nothing but APQ documents, so Apollo's key prefix would only get in the way of lookups.
  return PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(cache);
}

/** `store`: where registered documents live when instances share them (Redis); a local LRU otherwise. */
export function persistedQueryOptions(config: SecurityConfig, store?: KeyValueCache<string>): PersistedQueryOptions | false {
  if (!config.apq && !config.safelist) return false;
  // Enforcing a safelist, registering new documents would be pointless: they could never run.
  const registered =
    config.apq && config.safelistMode !== 'enforce' ? (store ?? new InMemoryLRUCache<string>({ maxSize: config.apqCacheBytes })) : undefined;
  return { cache: persistedQueryCache(config.safelist, registered) };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Replaces `documentId` (the persisted-documents convention of graphql-codegen and GraphQL over HTTP) with the
 * manifest's text, since Apollo only understands `query` and APQ hashes. Null when an id is not in the manifest.
 */
export function resolveDocumentIds(manifest: Manifest | undefined, body: unknown, search: string): { body: unknown; search: string } | null {
  const resolveOne = (request: unknown): unknown => {
    if (!isObject(request) || request.documentId === undefined || request.query !== undefined) return request;
    const query = typeof request.documentId === 'string' ? fromManifest(manifest, request.documentId) : undefined;
    if (query === undefined) return null;
    const { documentId: _resolved, ...rest } = request;
    return { ...rest, query };
  };
  const resolved = Array.isArray(body) ? body.map(resolveOne) : resolveOne(body);
  if (resolved === null || (Array.isArray(resolved) && resolved.includes(null))) return null;

  if (!search.includes('documentId=')) return { body: resolved, search };
  const params = new URLSearchParams(search);
  const documentId = params.get('documentId');
  if (documentId === null || params.has('query')) return { body: resolved, search };
  const query = fromManifest(manifest, documentId);
  if (query === undefined) return null;
  params.delete('documentId');
  params.set('query', query);
  return { body: resolved, search: `?${params}` };
}

/**
 * Safelist enforcement: every document sent as text must be a manifest document, byte for byte. Hash-only requests
 * need no check: in enforce mode the APQ store holds nothing but the manifest.
 */
export function onSafelist(manifest: Manifest, body: unknown, search: string): boolean {
  const texts = (Array.isArray(body) ? body : [body]).map((request) => (isObject(request) ? request.query : undefined));
  if (search.includes('query=')) texts.push(new URLSearchParams(search).get('query'));
  return texts.every((text) => typeof text !== 'string' || manifest.bySha256.has(sha256Hex(text)));
}
