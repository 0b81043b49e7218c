import { describe, expect, it } from 'vitest';
import { createReadiness } from '../../src/observability/readiness.js';

function controlledProbe() {
  let calls = 0;
  let fail: Error | undefined;
  return {
    probe: async () => {
      calls++;
      if (fail) throw fail;
    },
    calls: () => calls,
    failWith(error: Error | undefined) {
      fail = error;
    },
  };
}

describe('readiness', () => {
  it('is ready when the probe succeeds and reuses the answer for cacheMs', async () => {
    let now = 1_000;
    const probe = controlledProbe();
    const readiness = createReadiness({ probe: probe.probe, cacheMs: 5_000, now: () => now });
    expect(await readiness.check()).toEqual({ ready: true });
    now += 4_999;
    probe.failWith(new Error('down'));
    expect(await readiness.check()).toEqual({ ready: true });
    expect(probe.calls()).toBe(1);
    now += 1;
    expect(await readiness.check()).toMatchObject({ ready: false, reason: 'bank token unavailable' });
    expect(probe.calls()).toBe(2);
  });

  it('shares one probe among concurrent checks', async () => {
    let release!: () => void;
    let calls = 0;
    const readiness = createReadiness({
      probe: () => {
        calls++;
        return new Promise<void>((resolve) => (release = resolve));
      },
      cacheMs: 0,
    });
    const checks = [readiness.check(), readiness.check(), readiness.check()];
    release();
    expect(await Promise.all(checks)).toEqual([{ ready: true }, { ready: true }, { ready: true }]);
    expect(calls).toBe(1);
  });

  it('answers a fixed reason and hands the probe error (host names and all) to the log only', async () => {
    const failure = new Error('token POST https://bank-internal.corp:8443/oauth2/v1/token: connect ECONNREFUSED 10.1.2.3:8443');
    const logged: unknown[] = [];
    const readiness = createReadiness({
      probe: async () => {
        throw failure;
      },
      cacheMs: 0,
      onProbeFailure: (error) => logged.push(error),
    });
    expect(await readiness.check()).toEqual({ ready: false, reason: 'bank token unavailable' });
    expect(logged).toEqual([failure]);
  });

  it('reports not-ready once draining, without probing, even with a cached ready answer', async () => {
    const probe = controlledProbe();
    const readiness = createReadiness({ probe: probe.probe, cacheMs: 60_000 });
    expect(await readiness.check()).toEqual({ ready: true });
    expect(readiness.draining).toBe(false);
    readiness.setDraining();
    expect(readiness.draining).toBe(true);
    expect(await readiness.check()).toEqual({ ready: false, reason: 'draining' });
    expect(probe.calls()).toBe(1);
  });
});
