// Every HTTP error the gateway writes itself (src/http/respond.ts): one body shape and one set of headers.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failInternally } from '../../src/http/respond.js';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const HEADERS = ['content-type', 'cache-control', 'x-content-type-options', 'referrer-policy', 'x-frame-options'];

async function answer(res: Response) {
  return { status: res.status, headers: Object.fromEntries(HEADERS.map((name) => [name, res.headers.get(name)])), body: await res.json() };
}

const refusal = (status: number, code: string, message: string) => ({
  status,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  },
  body: { errors: [{ message, extensions: { code } }] },
});

describe('HTTP errors of the gateway', () => {
  let gw: TestGateway;
  let authorization: string;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { MAX_BODY_BYTES: '1000' } });
    authorization = `Bearer ${await gw.token(SEED_USERS.retailRich)}`;
  });
  afterAll(() => gw.close());

  it('answers an unknown path with a NOT_FOUND error in the GraphQL shape', async () => {
    expect(await answer(await fetch(`${gw.url}/nowhere`))).toEqual(refusal(404, 'NOT_FOUND', 'Not found'));
  });

  it('answers a wrong method, a missing viewer, a too large and an unreadable body the same way', async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const wrongMethod = await fetch(`${gw.url}/graphql`, { method: 'PUT' });
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
    expect(await answer(wrongMethod)).toEqual(refusal(405, 'BAD_REQUEST', 'Use GET or POST'));
    const anonymous = await post({}, '{}');
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await answer(anonymous)).toMatchObject({ ...refusal(401, 'UNAUTHENTICATED', expect.any(String)) });
    expect(await answer(await post({ authorization }, JSON.stringify({ query: 'x'.repeat(2_000) }))))
      .toEqual(refusal(413, 'BAD_REQUEST', 'Request body too large'));
    expect(await answer(await post({ authorization }, '{"query":')))
      .toEqual(refusal(400, 'BAD_REQUEST', 'Request body is not valid JSON'));
    expect(gw.upstreamCalls()).toEqual([]);
  });

  it('answers a failure inside the gateway with INTERNAL_SERVER_ERROR and nothing of the failure', async () => {
    const server = createServer((_req, res) => failInternally(res)).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
      expect(await answer(res)).toEqual(refusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
    } finally {
      server.close();
    }
  });
});
