import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const { retailRich: rich, retailSingle: single } = SEED_USERS;
/** The viewer object, one list call (10 points) and 20 estimated recipients: 31 points. */
const QUERY = '{ viewer { recipients { id } } }';
const COST = 31;
const LEFT = 100 - 3 * COST;

describe('rate limiting per viewer by cost (RATE_LIMIT_PER_MINUTE=6 points, RATE_LIMIT_BURST=100, MAX_QUERY_COST=100)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // 6 points a minute: one every 10 s, far longer than this file runs, so refills cannot blur the counts.
    gw = await startTestGateway({ env: { RATE_LIMIT_PER_MINUTE: '6', RATE_LIMIT_BURST: '100', MAX_QUERY_COST: '100' } });
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

  it('spends each operation’s cost and reports it on every answer: extensions.cost and RateLimit-* headers', async () => {
    const token = await gw.token(rich);
    for (const remaining of [100 - COST, 100 - 2 * COST, LEFT]) {
      const res = await gw.query(QUERY, {}, token);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.extensions?.cost).toEqual({ requested: COST, limit: 100, remaining });
      expect(res.headers.get('ratelimit-limit')).toBe('100');
      expect(res.headers.get('ratelimit-remaining')).toBe(String(remaining));
      // Seconds until the bucket is full again at one point per 10 s (a little less: time passed meanwhile).
      expect(Number(res.headers.get('ratelimit-reset'))).toBeGreaterThan((100 - remaining - 1) * 10);
      expect(Number(res.headers.get('ratelimit-reset'))).toBeLessThanOrEqual((100 - remaining) * 10);
    }
    expect(gw.upstreamCalls()).toHaveLength(3);
  });

  it('refuses what the bucket cannot pay with 429 RATE_LIMITED and Retry-After, calling nothing upstream', async () => {
    const token = await gw.token(rich);
    // 7 points left: another 31-point operation is too much; the cheapest one (a point) is not.
    const limited = await gw.query(QUERY, {}, token);
    expect(limited.status).toBe(429);
    expect(limited.body.data).toBeUndefined();
    const extensions = limited.body.errors?.[0].extensions;
    expect(extensions?.code).toBe('RATE_LIMITED');
    // 24 points missing at one every 10 s (a little less: time passed meanwhile).
    expect(extensions?.retryAfterSeconds).toBeGreaterThan((COST - LEFT - 1) * 10);
    expect(extensions?.retryAfterSeconds).toBeLessThanOrEqual((COST - LEFT) * 10);
    expect(limited.headers.get('retry-after')).toBe(String(extensions?.retryAfterSeconds));
    expect(limited.headers.get('ratelimit-remaining')).toBe(String(LEFT));
    expect(limited.body.extensions?.cost).toEqual({ requested: COST, limit: 100, remaining: LEFT });
    expect(gw.upstreamCalls()).toHaveLength(0);

    const free = await gw.query('{ __typename }', {}, token);
    expect(free.status).toBe(200);
    expect(free.body.extensions?.cost).toEqual({ requested: 1, limit: 100, remaining: LEFT - 1 });
  });

  it('reports the budget when an operation is refused for its cost, without spending it', async () => {
    const res = await gw.query('{ viewer { accounts { id } recipients { id } locations { id } } }', {}, single);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.body.extensions?.cost).toEqual({ requested: expect.any(Number), limit: 100, remaining: 100 });
    expect(res.headers.get('ratelimit-remaining')).toBe('100');
  });

  it('keys the bucket by viewer, not by token or address: a fresh token does not reset it, another viewer is unaffected', async () => {
    const again = await gw.query(QUERY, {}, await gw.token(rich, 600));
    expect(again.status).toBe(429);
    const other = await gw.query(QUERY, {}, single);
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });
});
