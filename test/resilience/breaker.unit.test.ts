import { describe, expect, it } from 'vitest';
import { breakerOutcome, createBreakers, createCircuitBreaker } from '../../src/upstream/breaker.js';
import type { BreakerChangeEvent } from '../../src/upstream/breaker.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { DEFAULT_BREAKER, loadResilienceConfig } from '../../src/upstream/resilience-config.js';
import type { BreakerConfig } from '../../src/upstream/resilience-config.js';

const config: BreakerConfig = { ...DEFAULT_BREAKER, windowMs: 10_000, minCalls: 10, failureRatio: 0.5, cooldownMs: 1_000, halfOpenProbes: 1 };

function setup(overrides: Partial<BreakerConfig> = {}) {
  let now = 0;
  const events: BreakerChangeEvent[] = [];
  const breaker = createCircuitBreaker('accounts', { ...config, ...overrides }, { now: () => now, onChange: (e) => events.push(e) });
  const call = (outcome: 'success' | 'failure' | 'ignored', viewer?: string) => {
    const permit = breaker.tryAcquire();
    permit?.done(outcome, viewer);
    return permit !== undefined;
  };
  return { breaker, events, call, advance: (ms: number) => (now += ms) };
}

const error = (init: Partial<ConstructorParameters<typeof UpstreamError>[0]>) =>
  new UpstreamError({ service: 'accounts', kind: 'http', status: 503, message: 'x', retryable: true, ...init });

describe('circuit breaker', () => {
  it('is not opened by one viewer alone: failures must come from BREAKER_MIN_VIEWERS viewers in the window', () => {
    const { breaker, call, advance } = setup({ minViewers: 3 });
    for (let i = 0; i < 50; i++) call('failure', 'viewer-a');
    expect(breaker.state).toBe('closed');
    call('failure', 'viewer-b');
    expect(breaker.state).toBe('closed');
    // A third viewer, but the first failed outside the window: still two.
    advance(config.windowMs);
    for (let i = 0; i < 5; i++) {
      call('failure', 'viewer-b');
      call('failure', 'viewer-c');
    }
    expect(breaker.state).toBe('closed');
    call('failure', 'viewer-a');
    expect(breaker.state).toBe('open');
  });

  it('counts the gateway’s own calls (no viewer) as everyone’s', () => {
    const { breaker, call } = setup({ minViewers: 3 });
    for (let i = 0; i < 10; i++) call('failure');
    expect(breaker.state).toBe('open');
  });

  it('tells waiting callers when a half-open breaker has its verdict, and when a probe frees its slot', async () => {
    const { breaker, advance } = setup();
    const open = () => {
      for (let i = 0; i < 10; i++) breaker.tryAcquire()?.done('failure');
    };
    open();
    advance(config.cooldownMs);
    const probe = breaker.tryAcquire()!;
    expect(breaker.state).toBe('half-open');
    expect(breaker.tryAcquire()).toBeUndefined();
    let woken = 0;
    const waiting = breaker.nextChange().then(() => woken++);
    probe.done('ignored');
    await waiting;
    expect(woken).toBe(1);
    // The freed slot is a probe again; its success closes the breaker and wakes the next waiters.
    const next = breaker.nextChange();
    breaker.tryAcquire()!.done('success');
    await next;
    expect(breaker.state).toBe('closed');
  });

  it('stays closed below the minimum number of calls, however many fail', () => {
    const { breaker, call } = setup();
    for (let i = 0; i < 9; i++) call('failure');
    expect(breaker.state).toBe('closed');
  });

  it('stays closed while failures stay under the ratio', () => {
    const { breaker, call } = setup();
    for (let i = 0; i < 100; i++) call(i % 5 === 0 ? 'failure' : 'success');
    expect(breaker.state).toBe('closed');
  });

  it('opens at the failure ratio once the minimum is reached, reports it, and fails fast with a circuit-open error', () => {
    const { breaker, call, events } = setup();
    for (let i = 0; i < 5; i++) call('success');
    for (let i = 0; i < 4; i++) call('failure');
    expect(breaker.state).toBe('closed');
    call('failure');
    expect(breaker.state).toBe('open');
    expect(events).toEqual([{ service: 'accounts', from: 'closed', to: 'open', calls: 10, failures: 5 }]);
    expect(breaker.tryAcquire()).toBeUndefined();
    expect(breaker.openError()).toMatchObject({ service: 'accounts', kind: 'circuit-open', status: 0, retryable: false });
    expect(breaker.openError().message).toMatch(/^accounts: circuit open/);
  });

  it('forgets failures older than the window', () => {
    const { breaker, call, advance } = setup();
    for (let i = 0; i < 9; i++) call('failure');
    advance(10_500);
    call('failure');
    expect(breaker.state).toBe('closed');
  });

  it('goes half-open after the cool-down, lets one probe through, and closes when it succeeds', () => {
    const { breaker, call, advance, events } = setup();
    for (let i = 0; i < 10; i++) call('failure');
    advance(999);
    expect(breaker.tryAcquire()).toBeUndefined();
    advance(1);
    expect(breaker.state).toBe('half-open');
    const probe = breaker.tryAcquire();
    expect(probe).toBeDefined();
    expect(breaker.tryAcquire()).toBeUndefined();
    probe!.done('success');
    expect(breaker.state).toBe('closed');
    expect(events.map((e) => e.to)).toEqual(['open', 'half-open', 'closed']);
    // Closing starts from a clean window: one failure is not a trend.
    call('failure');
    expect(breaker.state).toBe('closed');
  });

  it('re-opens for another cool-down when the probe fails', () => {
    const { breaker, call, advance } = setup();
    for (let i = 0; i < 10; i++) call('failure');
    advance(1_000);
    expect(call('failure')).toBe(true);
    expect(breaker.state).toBe('open');
    advance(999);
    expect(breaker.tryAcquire()).toBeUndefined();
    advance(1);
    expect(call('success')).toBe(true);
    expect(breaker.state).toBe('closed');
  });

  it('needs every one of several probes to succeed, and frees the slot of a probe that was never sent', () => {
    const { breaker, call, advance } = setup({ halfOpenProbes: 2 });
    for (let i = 0; i < 10; i++) call('failure');
    advance(1_000);
    const first = breaker.tryAcquire()!;
    const second = breaker.tryAcquire()!;
    expect(breaker.tryAcquire()).toBeUndefined();
    second.done('ignored');
    const third = breaker.tryAcquire()!;
    first.done('success');
    expect(breaker.state).toBe('half-open');
    third.done('success');
    expect(breaker.state).toBe('closed');
  });

  it('ignores late results of calls admitted before the state changed', () => {
    const { breaker, call, advance } = setup();
    const late = breaker.tryAcquire()!;
    for (let i = 0; i < 10; i++) call('failure');
    advance(1_000);
    const probe = breaker.tryAcquire()!;
    late.done('success');
    expect(breaker.state).toBe('half-open');
    probe.done('failure');
    expect(breaker.state).toBe('open');
  });

  it('does nothing when disabled', () => {
    const { breaker, call } = setup({ enabled: false });
    for (let i = 0; i < 50; i++) expect(call('failure')).toBe(true);
    expect(breaker.state).toBe('closed');
  });

  it('keeps one breaker per service, all reported', () => {
    const breakers = createBreakers({ ...config, minCalls: 1 });
    breakers.get('transactions').tryAcquire()!.done('failure');
    expect(breakers.states()).toEqual({
      token: 'closed', accounts: 'closed', 'institution-users': 'closed', recipients: 'closed', transactions: 'open',
    });
  });

  it('counts only failures that say the bank is unwell', () => {
    expect(breakerOutcome(error({ status: 503 }))).toBe('failure');
    expect(breakerOutcome(error({ status: 429 }))).toBe('failure');
    expect(breakerOutcome(error({ kind: 'timeout', status: 0 }))).toBe('failure');
    expect(breakerOutcome(error({ kind: 'network', status: 0 }))).toBe('failure');
    expect(breakerOutcome(error({ kind: 'invalid-body', status: 200, retryable: false }))).toBe('failure');
    expect(breakerOutcome(error({ status: 404, code: 'ACC_00012', retryable: false }))).toBe('success');
    expect(breakerOutcome(error({ status: 400, retryable: false }))).toBe('success');
    expect(breakerOutcome(error({ kind: 'circuit-open', status: 0, retryable: false }))).toBe('ignored');
  });
});

describe('resilience configuration', () => {
  it('reads BREAKER_* and RETRY_BUDGET_*, with defaults for what is unset', () => {
    expect(loadResilienceConfig({})).toEqual({
      breaker: { enabled: true, windowMs: 10_000, minCalls: 20, failureRatio: 0.5, minViewers: 3, cooldownMs: 5_000, halfOpenProbes: 1 },
      retryBudget: { ratio: 0.2, minPerSecond: 10 },
    });
    expect(loadResilienceConfig({
      BREAKER_ENABLED: 'false', BREAKER_WINDOW_MS: '2000', BREAKER_MIN_CALLS: '5', BREAKER_FAILURE_RATIO: '0.75',
      BREAKER_COOLDOWN_MS: '300', BREAKER_HALF_OPEN_PROBES: '2', RETRY_BUDGET_RATIO: '0.1', RETRY_BUDGET_MIN_PER_SECOND: '0.5',
      BREAKER_MIN_VIEWERS: '1',
    })).toEqual({
      breaker: { enabled: false, windowMs: 2_000, minCalls: 5, failureRatio: 0.75, minViewers: 1, cooldownMs: 300, halfOpenProbes: 2 },
      retryBudget: { ratio: 0.1, minPerSecond: 0.5 },
    });
  });

  it.each([
    ['BREAKER_FAILURE_RATIO', '1.5'], ['BREAKER_FAILURE_RATIO', 'half'], ['BREAKER_MIN_CALLS', '2.5'],
    ['BREAKER_ENABLED', 'yes'], ['RETRY_BUDGET_RATIO', '-1'], ['BREAKER_COOLDOWN_MS', '0'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadResilienceConfig({ [name]: value })).toThrow(name);
  });
});
