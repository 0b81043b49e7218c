import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCircuitBreaker } from '../../../src/upstream/breaker.js';
import { waitForPermit } from '../../../src/upstream/client/breaker-permit.js';
import { Deadline } from '../../../src/upstream/client/deadline.js';
import { DEFAULT_BREAKER } from '../../../src/upstream/resilience-config.js';
import { failure, preparedCall, settled } from './fixtures.js';

/** A breaker that opened on its first failure, with the clock past its cool-down: half-open, one probe. */
function halfOpen() {
  let now = 0;
  const breaker = createCircuitBreaker('accounts', { ...DEFAULT_BREAKER, minCalls: 1, minViewers: 1, cooldownMs: 1_000, halfOpenProbes: 1 },
    { now: () => now });
  breaker.tryAcquire()!.done('failure');
  now += 1_000;
  const probe = breaker.tryAcquire()!;
  expect(breaker.state).toBe('half-open');
  return { breaker, probe };
}

describe('waitForPermit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const deadline = () => new Deadline(preparedCall(), 1_000);

  it('lets a first attempt wait for the probe\'s verdict, and go once it closed the breaker', async () => {
    const { breaker, probe } = halfOpen();
    let admitted = false;
    const permit = waitForPermit(breaker, deadline(), undefined);
    void permit.then(() => (admitted = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(admitted).toBe(false);
    probe.done('success');
    expect(await permit).toBeDefined();
    expect(breaker.state).toBe('closed');
  });

  it('fails the waiting attempt with the open error when the probe failed', async () => {
    const { breaker, probe } = halfOpen();
    const permit = settled(waitForPermit(breaker, deadline(), undefined));
    probe.done('failure');
    expect(await permit).toEqual({ reason: expect.objectContaining({ kind: 'circuit-open' }) });
  });

  it('lets the waiting attempt take the probe slot of a probe that said nothing', async () => {
    const { breaker, probe } = halfOpen();
    const permit = waitForPermit(breaker, deadline(), undefined);
    probe.done('ignored');
    expect(await permit).toBeDefined();
    expect(breaker.state).toBe('half-open');
  });

  it('gives up waiting at the deadline with the deadline\'s error', async () => {
    const { breaker } = halfOpen();
    const permit = settled(waitForPermit(breaker, deadline(), undefined));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await permit).toEqual({ reason: expect.objectContaining({ kind: 'timeout', message: expect.stringContaining('deadline') }) });
  });

  it('does not make a retry wait: it ends with the failure it would have retried', async () => {
    const { breaker } = halfOpen();
    const lastError = failure();
    expect(await settled(waitForPermit(breaker, deadline(), lastError))).toEqual({ reason: lastError });
  });

  it('fails fast with the open error while the breaker is open', async () => {
    const breaker = createCircuitBreaker('accounts', { ...DEFAULT_BREAKER, minCalls: 1, minViewers: 1 });
    breaker.tryAcquire()!.done('failure');
    expect(breaker.state).toBe('open');
    expect(await settled(waitForPermit(breaker, deadline(), undefined))).toEqual({
      reason: expect.objectContaining({ kind: 'circuit-open', message: expect.stringContaining('circuit open') }),
    });
  });
});
