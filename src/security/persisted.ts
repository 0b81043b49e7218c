import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse } from 'graphql';
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

const apqHashOf = (request: Json): string | undefined => {
  const persisted = isObject(request.extensions) ? request.extensions.persistedQuery : undefined;
  return isObject(persisted) && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
};

/**
 * An APQ registration whose hash is graphql-codegen's persisted-document hash (the `__meta__.hash` a client sends as
 * its APQ hash) carries the client's own printing of that document, which is not the text that hash was taken of:
 * codegen hashes its canonical printing (sorted, one line). When the client's text, printed canonically, has that
 * hash, the canonical text is registered instead, so Apollo's hash check passes and later hash-only requests hit.
 * Any other text is left as it came (and Apollo refuses it if it does not match its hash).
 */
export function canonicalApqRegistrations(body: unknown, maxTokens: number): unknown {
  const canonicalise = (request: unknown): unknown => {
    if (!isObject(request) || typeof request.query !== 'string') return request;
    const hash = apqHashOf(request);
    if (hash === undefined || sha256Hex(request.query) === hash) return request;
    let canonical: string;
    try {
      canonical = printExecutableGraphQLDocument(parse(request.query, { maxTokens, noLocation: true }));
    } catch {
      return request; // Apollo reports the syntax error itself.
    }
    return sha256Hex(canonical) === hash ? { ...request, query: canonical } : request;
  };
  return Array.isArray(body) ? body.map(canonicalise) : canonicalise(body);
}
