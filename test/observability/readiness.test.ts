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
    expect(await readiness.check()).toMatchObject({ ready: false, reason: 'bank unavailable: down' });
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

  it('reports a failed probe without secrets in the reason', async () => {
    const readiness = createReadiness({
      probe: async () => {
        throw new Error('token POST /oauth2/v1/token: HTTP 401 Bearer DJKgLhNfaQL6FXs1OxJAfaxUyw-U');
      },
      cacheMs: 0,
    });
    const state = await readiness.check();
    expect(state.ready).toBe(false);
    expect(state.reason).toContain('HTTP 401');
    expect(state.reason).not.toContain('DJKgLhNfaQL6FXs1OxJAfaxUyw-U');
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
