import { describe, expect, it } from 'vitest';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { manifestFrom, sha256Hex } from '../../src/security/manifest.js';
import { canonicalApqRegistrations, onSafelist, persistedQueryCache, resolveDocumentIds } from '../../src/security/persisted.js';

const DOC = '{ viewer { recipients { id } } }';
const manifest = manifestFrom({ 'sha256:doc-1': DOC });

describe('persisted documents', () => {
  it('indexes the manifest by its own keys and by the sha256 of each text', () => {
    expect(manifest.byId.get('sha256:doc-1')).toBe(DOC);
    expect(manifest.bySha256.get(sha256Hex(DOC))).toBe(DOC);
  });

  it('answers APQ lookups from the manifest first, then from registered documents', async () => {
    const registered = new InMemoryLRUCache<string>({ maxSize: 10_000 });
    const cache = persistedQueryCache(manifest, registered);
    await cache.set('h1', '{ viewer { locations { id } } }');
    expect(await cache.get(sha256Hex(DOC))).toBe(DOC);
    expect(await cache.get('sha256:doc-1')).toBe(DOC);
    expect(await cache.get('h1')).toBe('{ viewer { locations { id } } }');
    expect(await cache.get('unknown')).toBeUndefined();
  });

  it('keeps registered documents within the byte budget', async () => {
    const registered = new InMemoryLRUCache<string>({ maxSize: 10_000 });
    const cache = persistedQueryCache(undefined, registered);
    for (let i = 0; i < 100; i++) await cache.set(`h${i}`, `{ viewer { recipients { id } } } # ${'x'.repeat(500)} ${i}`);
    expect(await cache.get('h0')).toBeUndefined();
    expect(await cache.get('h99')).toBeDefined();
  });

  it('registers nothing without a registered-document store (safelist enforcement)', async () => {
    const cache = persistedQueryCache(manifest, undefined);
    await cache.set('h1', '{ viewer { locations { id } } }');
    expect(await cache.get('h1')).toBeUndefined();
  });

  it('turns documentId into the manifest text, in POST bodies, batches and GET query strings', () => {
    expect(resolveDocumentIds(manifest, { documentId: 'sha256:doc-1', variables: { a: 1 } }, '')).toEqual({
      body: { query: DOC, variables: { a: 1 } },
      search: '',
    });
    expect(resolveDocumentIds(manifest, [{ documentId: 'sha256:doc-1' }, { query: DOC }], '')?.body).toEqual([{ query: DOC }, { query: DOC }]);
    const get = resolveDocumentIds(manifest, undefined, '?documentId=sha256%3Adoc-1&variables=%7B%7D');
    expect(new URLSearchParams(get!.search).get('query')).toBe(DOC);
    expect(new URLSearchParams(get!.search).has('documentId')).toBe(false);
  });

  it('leaves ordinary requests untouched and answers null for an unknown documentId', () => {
    const body = { query: DOC };
    expect(resolveDocumentIds(undefined, body, '?x=1')).toEqual({ body, search: '?x=1' });
    expect(resolveDocumentIds(manifest, { documentId: 'sha256:nope' }, '')).toBeNull();
    expect(resolveDocumentIds(undefined, { documentId: 'sha256:doc-1' }, '')).toBeNull();
    expect(resolveDocumentIds(manifest, undefined, '?documentId=nope')).toBeNull();
  });

  it('accepts only manifest texts, byte for byte, when enforcing', () => {
    expect(onSafelist(manifest, { query: DOC }, '')).toBe(true);
    expect(onSafelist(manifest, { extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }, '')).toBe(true);
    expect(onSafelist(manifest, { query: `${DOC} ` }, '')).toBe(false);
    expect(onSafelist(manifest, [{ query: DOC }, { query: '{ viewer { locations { id } } }' }], '')).toBe(false);
    expect(onSafelist(manifest, undefined, `?query=${encodeURIComponent('{ __typename }')}`)).toBe(false);
  });

  describe('APQ registrations under a persisted-document hash', () => {
    // graphql-codegen hashes its canonical printing; Apollo Client sends its own printing of the same document.
    const canonical = 'query Q { viewer { recipients { __typename id nickName } } }';
    const clientText = 'query Q {\n  viewer {\n    recipients {\n      nickName\n      id\n      __typename\n    }\n  }\n}';
    const register = (query: string, hash = sha256Hex(canonical)) => ({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

    it('registers the canonical text when the client text prints to it', () => {
      expect(canonicalApqRegistrations(register(clientText), 2000)).toEqual(register(canonical));
      expect(canonicalApqRegistrations([register(clientText)], 2000)).toEqual([register(canonical)]);
    });

    it('leaves any other text alone, for Apollo to refuse or register as sent', () => {
      const other = register('query Q { viewer { accounts { id } } }');
      expect(canonicalApqRegistrations(other, 2000)).toBe(other);
      const matching = register(clientText, sha256Hex(clientText));
      expect(canonicalApqRegistrations(matching, 2000)).toBe(matching);
      const broken = register('query Q { viewer {');
      expect(canonicalApqRegistrations(broken, 2000)).toBe(broken);
      const plain = { query: clientText };
      expect(canonicalApqRegistrations(plain, 2000)).toBe(plain);
    });
  });
});
