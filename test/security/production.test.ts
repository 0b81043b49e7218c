import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const rich = SEED_USERS.retailRich;
const APP = 'https://app.bank.example';
const TYPO = '{ viewer { recipent(id: "x") { id } } }';

describe('production mode (NODE_ENV=production)', () => {
  let gw: TestGateway;
  let token: string;

  async function post(body: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: any[] } };
  }

  beforeAll(async () => {
    gw = await startTestGateway({ env: { NODE_ENV: 'production', CORS_ORIGINS: APP, MAX_BODY_BYTES: '2000' } });
    token = await gw.token(rich);
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('has introspection, GraphiQL and field suggestions off', async () => {
    const introspection = await post({ query: '{ __schema { queryType { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);

    const page = await fetch(`${gw.url}/graphiql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('<html');
    const root = await fetch(`${gw.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(root.headers.get('content-type')).not.toContain('text/html');

    const typo = await post({ query: TYPO });
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors?.[0].message).toContain('recipent');
    expect(typo.body.errors?.[0].message).not.toMatch(/did you mean|recipient/i);
  });

  it('sends the security headers, HSTS included, and forbids caching', async () => {
    const res = await post({ query: '{ viewer { recipients { id } } }' });
    expect(res.status).toBe(200);
    expect(Object.fromEntries(['strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cache-control'].map((h) => [h, res.headers.get(h)]))).toEqual({
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    const health = await fetch(`${gw.url}/healthz`);
    expect(health.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('keeps CSRF prevention on: only requests a browser must preflight pass, and Authorization is one of them', async () => {
    const search = `?query=${encodeURIComponent('{ viewer { recipients { id } } }')}`;
    // A simple request (no custom header, no JSON content type) is what a foreign page can make a browser send.
    const simple = await fetch(`${gw.url}/graphql${search}`);
    expect(simple.status).toBe(401);
    const plain = await post('{"query":"{ viewer { recipients { id } } }"}', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    expect(gw.upstreamCalls()).toHaveLength(0);
    // No browser sends Authorization cross-site without a preflight, so a GET carrying the token (urql's default) runs.
    const bearer = await fetch(`${gw.url}/graphql${search}`, { headers: { authorization: `Bearer ${token}` } });
    expect(bearer.status).toBe(200);
    const preflighted = await fetch(`${gw.url}/graphql${search}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('answers a CORS preflight from an allowed origin, without credentials', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('serves an allowed origin and refuses any other, before doing any work', async () => {
    const allowed = await post({ query: '{ viewer { recipients { id } } }' }, { origin: APP });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    gw.resetCalls();

    const preflight = await fetch(`${gw.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const foreign = await post({ query: '{ viewer { recipients { id } } }' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    // A dev server on the machine is no production origin.
    const local = await post({ query: '{ viewer { recipients { id } } }' }, { origin: 'http://localhost:5173' });
    expect(local.status).toBe(403);
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('serves its own origin (the GraphiQL page, when enabled) without listing it', async () => {
    const res = await post({ query: '{ viewer { recipients { id } } }' }, { origin: gw.url });
    expect(res.status).toBe(200);
  });

  it('refuses a body over MAX_BODY_BYTES with 413', async () => {
    const res = await post({ query: `{ viewer { recipients { id } } } # ${'x'.repeat(2500)}` });
    expect(res.status).toBe(413);
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('refuses batched requests', async () => {
    const res = await post([{ query: '{ viewer { recipients { id } } }' }, { query: '{ viewer { locations { id } } }' }]);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/batching/i);
    expect(gw.upstreamCalls()).toHaveLength(0);
  });
});

describe('production mode with the switches turned on', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({
      env: { NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHIQL: 'true', ALLOW_BATCHING: 'true', HIDE_SCHEMA_DETAILS: 'false' },
    });
  });
  afterAll(() => gw.close());

  it('allows introspection, GraphiQL and batching when configured', async () => {
    const introspection = await gw.query('{ __schema { queryType { name } } }', {}, rich);
    expect(introspection.body.data?.__schema.queryType.name).toBe('Query');
    const page = await fetch(`${gw.url}/graphiql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const batch = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.token(rich)}` },
      body: JSON.stringify([{ query: '{ viewer { recipients { id } } }' }, { query: '{ viewer { accounts { id } } }' }]),
    });
    const results = (await batch.json()) as Array<{ data: { viewer: Record<string, unknown[]> } }>;
    expect(results.map((r) => Object.keys(r.data.viewer))).toEqual([['recipients'], ['accounts']]);
  });

  it('refuses cross-origin browsers when no allow-list is configured', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://app.bank.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(403);
  });
});

describe('development mode (CORS_ORIGINS=*)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { CORS_ORIGINS: '*' } });
  });
  afterAll(() => gw.close());

  it('suggests field names and sends no HSTS', async () => {
    const res = await gw.query(TYPO, {}, rich);
    expect(res.body.errors?.[0].message).toMatch(/Did you mean "recipient/);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('lets any origin call, never with credentials', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:5173', authorization: `Bearer ${await gw.token(rich)}` },
      body: JSON.stringify({ query: '{ viewer { recipients { id } } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBe('retry-after');
  });
});

describe('development mode without CORS_ORIGINS', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const preflight = (origin: string) =>
    fetch(`${gw.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

  it.each(['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'http://localhost'])('lets a dev server on %s call', async (origin) => {
    const res = await preflight(origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it.each(['https://localhost:5173', 'http://localhost.evil.example', 'http://127.0.0.2:5173', 'https://app.bank.example'])('still refuses %s', async (origin) => {
    expect((await preflight(origin)).status).toBe(403);
  });
});
