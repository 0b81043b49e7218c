import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const { retailRich: rich, retailSingle: single } = SEED_USERS;
const QUERY = '{ viewer { recipients { id } } }';

describe('rate limiting per viewer (RATE_LIMIT_PER_MINUTE=6, RATE_LIMIT_BURST=3)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // 6 per minute: one token every 10 s, far longer than this file runs, so refills cannot blur the counts.
    gw = await startTestGateway({ env: { RATE_LIMIT_PER_MINUTE: '6', RATE_LIMIT_BURST: '3' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it('never charges a viewer for requests whose token fails verification', async () => {
    const forged = await new SignJWT({ idType: rich.idType })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(rich.userId)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-gateway-secret-but-32-bytes-long'));
    for (let i = 0; i < 5; i++) {
      const res = await gw.query(QUERY, {}, forged);
      expect(res.status).toBe(401);
    }
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('serves the burst, then answers 429 RATE_LIMITED with Retry-After and calls nothing upstream', async () => {
    const token = await gw.token(rich);
    for (let i = 0; i < 3; i++) {
      const res = await gw.query(QUERY, {}, token);
      expect(res.body.errors).toBeUndefined();
    }
    expect(gw.upstreamCalls()).toHaveLength(3);
    gw.resetCalls();

    const limited = await gw.query(QUERY, {}, token);
    expect(limited.status).toBe(429);
    expect(limited.body.data).toBeUndefined();
    const extensions = limited.body.errors?.[0].extensions;
    expect(extensions?.code).toBe('RATE_LIMITED');
    // The next token is at most 10 s away (less by however long the burst took).
    expect(extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(extensions?.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect(limited.headers.get('retry-after')).toBe(String(extensions?.retryAfterSeconds));
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('keys the bucket by viewer, not by token or address: a fresh token does not reset it, another viewer is unaffected', async () => {
    const again = await gw.query(QUERY, {}, await gw.token(rich, 600));
    expect(again.status).toBe(429);
    const other = await gw.query(QUERY, {}, single);
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });
});
