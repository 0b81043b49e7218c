import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

// The circuit breaker seen from outside: what clients get, what reaches the bank (the sandbox's log), what /metrics says.

const single = SEED_USERS.retailSingle;
const RECIPIENTS = '{ viewer { recipients { id } } }';

describe('circuit breaker over HTTP', () => {
  let gw: TestGateway;
  let token: string;
  const recipients = () => gw.query(RECIPIENTS, {}, token);
  const bankCalls = (route: string) => gw.sandbox.requests().filter((r) => r.route === route);
  const gauge = async (service: string) => {
    const text = await (await fetch(`${gw.url}/metrics`)).text();
    return Number(new RegExp(`^gateway_upstream_breaker_state\\{service="${service}"\\} (\\d+)$`, 'm').exec(text)?.[1]);
  };

  // The cool-down must outlast the checks made while open, even on a busy machine.
  beforeAll(async () => {
    gw = await startTestGateway({
      // One viewer plays the whole bank's traffic here; by default one viewer alone cannot open it (see below).
      env: { BREAKER_MIN_CALLS: '6', BREAKER_FAILURE_RATIO: '0.5', BREAKER_MIN_VIEWERS: '1', BREAKER_COOLDOWN_MS: '1000', UPSTREAM_RETRY_BASE_MS: '5' },
    });
    token = await gw.token(single);
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    gw.sandbox.clearFaults();
    gw.resetCalls();
  });

  it('opens under sustained failure, fails fast without calling the bank, probes after the cool-down and closes', async () => {
    expect(await gauge('recipients')).toBe(0);
    gw.sandbox.setFaults([{ route: 'recipients', kind: 'status', status: 503, code: 'REC_99999', message: 'down' }]);
    // Each failing operation is three failed attempts (one call, two retries): the sixth failure opens the breaker.
    await expect.poll(async () => {
      await recipients();
      return gw.bank.breakerStates().recipients;
    }, { interval: 1, timeout: 30_000 }).toBe('open');
    expect(bankCalls('recipients').length).toBeGreaterThanOrEqual(6);
    expect(await gauge('recipients')).toBe(2);

    // Open: answers come back at once and nothing reaches the bank, while other services are unaffected.
    gw.resetCalls();
    const refused = await Promise.all(Array.from({ length: 20 }, recipients));
    for (const res of refused) {
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(res.body.errors![0]!.extensions!.upstreamCode).toBeUndefined();
    }
    expect(bankCalls('recipients')).toHaveLength(0);
    expect((await gw.query('{ viewer { accounts { id } } }', {}, token)).body.errors).toBeUndefined();

    // Half-open with the bank still failing: exactly one probe reaches it, and the breaker opens again.
    await expect.poll(async () => {
      await recipients();
      return bankCalls('recipients').length;
    }, { interval: 20, timeout: 30_000 }).toBe(1);
    expect(gw.bank.breakerStates().recipients).toBe('open');
    expect((await recipients()).body.errors![0]!.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(bankCalls('recipients')).toHaveLength(1);

    // The bank recovers: the next probe succeeds and closes the breaker, with no restart.
    gw.sandbox.clearFaults();
    gw.resetCalls();
    await expect.poll(async () => (await recipients()).body.errors, { interval: 20, timeout: 30_000 }).toBeUndefined();
    expect(gw.bank.breakerStates().recipients).toBe('closed');
    expect(bankCalls('recipients').map((c) => c.status)).toEqual([200]);
    expect(await gauge('recipients')).toBe(0);
    const after = await Promise.all(Array.from({ length: 5 }, recipients));
    expect(after.every((res) => res.body.errors === undefined)).toBe(true);
  });

  it('is not opened by business errors (4xx)', async () => {
    gw.sandbox.setFaults([{ route: 'recipients', kind: 'status', status: 404, code: 'ACC_00101', message: 'User not found' }]);
    const results = await Promise.all(Array.from({ length: 20 }, recipients));
    expect(results.every((res) => res.body.errors?.[0]?.extensions?.code === 'NOT_FOUND')).toBe(true);
    expect(bankCalls('recipients')).toHaveLength(20);
    expect(gw.bank.breakerStates().recipients).toBe('closed');
  });
});

describe('circuit breaker and one viewer’s failures (BREAKER_MIN_VIEWERS=3)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { BREAKER_MIN_CALLS: '6', BREAKER_COOLDOWN_MS: '60000', UPSTREAM_RETRY_BASE_MS: '5' } });
  });
  afterAll(() => gw.close());

  it('stays closed for everyone while one customer’s dashboard fails, and opens once three customers fail', async () => {
    gw.sandbox.setFaults([{ route: 'transactions', kind: 'status', status: 503, code: 'TXN_99999', message: 'down' }]);
    const dashboard = '{ viewer { accounts { transactions(first: 2) { nodes { id } } } } }';
    const { retailRich: alex, retailSingle: sam, business } = SEED_USERS;
    for (let i = 0; i < 3; i++) await gw.query(dashboard, {}, alex);
    const failed = gw.sandbox.requests().filter((r) => r.route === 'transactions' && r.status === 503);
    expect(failed.length).toBeGreaterThan(6);
    expect(gw.bank.breakerStates().transactions).toBe('closed');

    await gw.query(dashboard, {}, sam);
    expect(gw.bank.breakerStates().transactions).toBe('closed');
    await gw.query(dashboard, {}, business);
    expect(gw.bank.breakerStates().transactions).toBe('open');
  });
});

describe('token endpoint down', () => {
  let gw: TestGateway;
  let token: string;
  const accounts = () => gw.query('{ viewer { accounts { id } } }', {}, token);
  const tokenCalls = () => gw.sandbox.requests().filter((r) => r.route === 'token');

  beforeAll(async () => {
    gw = await startTestGateway({ env: { BREAKER_MIN_CALLS: '6', BREAKER_COOLDOWN_MS: '1000', UPSTREAM_RETRY_BASE_MS: '5' } });
    token = await gw.token(single);
  });
  afterAll(() => gw.close());

  it('answers UPSTREAM_UNAVAILABLE saying the bank could not authenticate us, and recovers by itself', async () => {
    expect((await accounts()).body.errors).toBeUndefined();
    // The bank forgets our token and its token endpoint fails: dropped connections, then 503s.
    gw.bank.tokens.invalidate(await gw.bank.tokens.getToken());
    for (const fault of [{ kind: 'drop' as const }, { kind: 'status' as const, status: 503, code: 'TOK_503', message: 'sandbox-secret down' }]) {
      gw.sandbox.setFaults([{ route: 'token', ...fault }]);
      gw.resetCalls();
      const res = await accounts();
      expect(res.body.data).toBeNull();
      const error = res.body.errors![0]!;
      expect(error.extensions!.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(error.message).toMatch(/bank could not authenticate the gateway/);
      for (const secret of ['sandbox-secret', 'sandbox-client', 'Bearer', 'Basic']) expect(JSON.stringify(res.body)).not.toContain(secret);
      expect(gw.upstreamCalls()).toHaveLength(0);
      expect(tokenCalls().length).toBeGreaterThan(0);
    }

    // Sustained: the token breaker opens and the token endpoint is left alone.
    await expect.poll(async () => {
      await accounts();
      return gw.bank.breakerStates().token;
    }, { interval: 1, timeout: 30_000 }).toBe('open');
    gw.resetCalls();
    const refused = await Promise.all(Array.from({ length: 10 }, accounts));
    expect(refused.every((res) => /could not authenticate/.test(res.body.errors![0]!.message))).toBe(true);
    expect(tokenCalls()).toHaveLength(0);

    // The token endpoint returns: after the cool-down one token request succeeds and everything works again.
    gw.sandbox.clearFaults();
    await expect.poll(async () => (await accounts()).body.errors, { interval: 20, timeout: 30_000 }).toBeUndefined();
    expect(tokenCalls().map((c) => c.status)).toEqual([200]);
    expect(gw.bank.breakerStates().token).toBe('closed');
    expect(gw.upstreamCalls().every((c) => c.status === 200)).toBe(true);
  });
});
