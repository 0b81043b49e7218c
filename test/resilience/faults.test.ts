import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import type { FaultRule, RouteName } from '../../src/sandbox/index.js';
import { PROFILES, startTestGateway, type TestGateway } from '../support/gateway.js';
import { operationMix, runMix, succeeded, type Operation } from './ops.js';

// Fault outcomes over real HTTP: gateway → sandbox, with the sandbox's request log as the witness.

const RESOURCE_ROUTES: RouteName[] = ['accounts', 'account', 'institution-users', 'customers', 'recipients', 'recipient', 'transactions'];
const single = SEED_USERS.retailSingle;

describe.each(PROFILES)('20 %% of bank calls failing with 503, %s bank', (profile) => {
  let gw: TestGateway;
  let mix: Operation[];

  beforeAll(async () => {
    // Per call, all of 1 + r attempts fail with probability 0.2^(1+r). At r = 3 a 1.5-call operation still fails
    // 0.24 % of the time, which 400 operations turn into > 2 failures in ~7 % of runs; r = 4 makes that ~0.1 %.
    // What bounds the extra load is the retry budget, not this per-call cap.
    gw = await startTestGateway({ profile, env: { UPSTREAM_MAX_RETRIES: '4', UPSTREAM_RETRY_BASE_MS: '10' } });
    mix = await operationMix(gw);
  });
  afterAll(() => gw.close());

  it('still answers at least 99.5 % of 400 operations in full, with retries within the budget', async () => {
    gw.sandbox.setFaults(RESOURCE_ROUTES.map((route): FaultRule => ({ route, kind: 'status', status: 503, code: 'CMN_99999', probability: 0.2 })));
    gw.resetCalls();
    const results = await runMix(gw, mix, 400, 16);

    const ok = results.filter(succeeded).length;
    expect(ok / results.length).toBeGreaterThanOrEqual(0.995);
    const calls = gw.upstreamCalls();
    const failed = calls.filter((c) => c.status === 503).length;
    const answered = calls.length - failed;
    // The faults really hit about a fifth of all calls…
    expect(failed / calls.length).toBeGreaterThan(0.12);
    expect(failed / calls.length).toBeLessThan(0.28);
    // …and every failed call is at most one retry, every answered one at least one first attempt: retries ≤ failed,
    // first attempts ≥ answered. The budget allows 20 % of first attempts plus its 10 s reserve (10/s × 10 s).
    expect(failed).toBeLessThanOrEqual(0.2 * answered + 100);
    expect(gw.bank.breakerStates()).toEqual({
      token: 'closed', accounts: 'closed', 'institution-users': 'closed', recipients: 'closed', transactions: 'closed',
    });
  });
});

describe('retry budget under a total outage', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({
      env: { BREAKER_ENABLED: 'false', UPSTREAM_MAX_RETRIES: '3', UPSTREAM_RETRY_BASE_MS: '1', RETRY_BUDGET_MIN_PER_SECOND: '1' },
    });
  });
  afterAll(() => gw.close());

  it('adds at most 20 % retries (plus the small reserve) instead of tripling the load', async () => {
    gw.sandbox.setFaults([{ route: 'recipients', kind: 'status', status: 503, code: 'REC_99999' }]);
    gw.resetCalls();
    const token = await gw.token(single);
    const results = await Promise.all(Array.from({ length: 100 }, () => gw.query('{ viewer { recipients { id } } }', {}, token)));
    expect(results.every((r) => r.body.errors?.[0]?.extensions?.code === 'UPSTREAM_UNAVAILABLE')).toBe(true);
    const retries = gw.upstreamCalls().length - 100;
    // Without the budget: 300 retries. With it: 0.2 × 100 first attempts + 1/s × 10 s reserve.
    expect(retries).toBeLessThanOrEqual(30);
    expect(retries).toBeGreaterThanOrEqual(20);
  });
});
