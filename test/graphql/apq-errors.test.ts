import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('Apollo request errors that carry no code of their own', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('reports an APQ hash that does not match its query as BAD_REQUEST, not as an internal error', async () => {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.token(SEED_USERS.retailSingle)}` },
      body: JSON.stringify({ query: '{ viewer { recipients { id } } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(res.status).toBe(400);
    expect(body.errors[0]).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});
