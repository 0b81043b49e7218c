import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const rich = SEED_USERS.retailRich;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const RECIPIENTS = 'query Recipients { viewer { recipients { id nickName } } }';
const LOCATIONS = 'query Locations { viewer { locations { id } } }';

async function send(gw: TestGateway, body: unknown, search = '') {
  const res = await fetch(`${gw.url}/graphql${search}`, {
    method: search ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', authorization: `Bearer ${await gw.token(rich)}` },
    body: search ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> } };
}

const persisted = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });

describe('automatic persisted queries (default configuration)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('completes the APQ handshake: hash only → not found, hash and query → served, hash only → served', async () => {
    const query = `${RECIPIENTS} # apq ${Date.now()}`;
    const miss = await send(gw, persisted(query));
    expect(miss.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.body.data).toBeUndefined();

    const register = await send(gw, { query, ...persisted(query) });
    expect(register.body.errors).toBeUndefined();
    expect(register.body.data.viewer.recipients.length).toBeGreaterThan(0);

    gw.resetCalls();
    const hit = await send(gw, persisted(query));
    expect(hit.body.errors).toBeUndefined();
    expect(hit.body.data).toEqual(register.body.data);
    expect(gw.upstreamCalls().map((c) => c.route)).toEqual(['recipients']);
  });

  it('refuses a hash that does not match the query', async () => {
    gw.resetCalls();
    const res = await send(gw, { query: RECIPIENTS, ...persisted(LOCATIONS) });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('applies the operation limits to persisted documents too', async () => {
    const deep = `{ viewer { ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} } }`;
    const res = await send(gw, { query: deep, ...persisted(deep) });
    expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('safelist enforcement (SAFELIST_MODE=enforce)', () => {
  let gw: TestGateway;
  const manifest = { [`sha256:${sha256(RECIPIENTS)}`]: RECIPIENTS };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safelist-'));
    const path = join(dir, 'persisted-documents.json');
    writeFileSync(path, JSON.stringify(manifest));
    gw = await startTestGateway({ env: { SAFELIST_MANIFEST: path, SAFELIST_MODE: 'enforce' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('runs a manifest operation sent as identical text, by APQ hash or by documentId', async () => {
    const byText = await send(gw, { query: RECIPIENTS });
    const byHash = await send(gw, persisted(RECIPIENTS));
    const byDocumentId = await send(gw, { documentId: `sha256:${sha256(RECIPIENTS)}` });
    const byGet = await send(gw, undefined, `?documentId=${encodeURIComponent(`sha256:${sha256(RECIPIENTS)}`)}`);
    for (const res of [byText, byHash, byDocumentId, byGet]) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.viewer.recipients.length).toBeGreaterThan(0);
    }
  });

  it('refuses any other document with PERSISTED_QUERY_NOT_ALLOWED before parsing it or calling the bank', async () => {
    for (const body of [{ query: LOCATIONS }, { query: `${RECIPIENTS} ` }, { query: LOCATIONS, ...persisted(LOCATIONS) }]) {
      const res = await send(gw, body);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    }
    const get = await send(gw, undefined, `?query=${encodeURIComponent(LOCATIONS)}`);
    expect(get.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('cannot be widened through the APQ handshake', async () => {
    await send(gw, { query: LOCATIONS, ...persisted(LOCATIONS) });
    const res = await send(gw, persisted(LOCATIONS));
    expect(res.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('answers an unknown documentId with PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await send(gw, { documentId: `sha256:${sha256(LOCATIONS)}` });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
