import { describe, expect, it } from 'vitest';
import { FaultEngine } from '../../src/sandbox/http/faults.js';

// How long the sandbox holds each answer, decided before any timer runs: the integration tests in faults.test.ts
// only check that the request log shows at least that long, which a loaded machine cannot break.
describe('sandbox latency decisions', () => {
  it('a latency rule delays its route only, and stacks with a failure', () => {
    const engine = new FaultEngine([{ route: 'accounts', kind: 'latency', latencyMs: 60 }, { route: 'accounts', kind: 'status', status: 500, times: 1 }], 0);
    expect(engine.decide('accounts')).toEqual({ delayMs: 60, fault: expect.objectContaining({ kind: 'status', status: 500 }) });
    expect(engine.decide('token')).toEqual({ delayMs: 0 });
    expect(engine.decide('accounts')).toEqual({ delayMs: 60 });
  });

  it('setLatency delays every call by the base plus a jitter below its bound', () => {
    const engine = new FaultEngine([], 0);
    engine.setLatency(30, 20);
    const delays = Array.from({ length: 200 }, () => engine.decide('accounts').delayMs);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(30);
      expect(delay).toBeLessThan(50);
    }
    expect(new Set(delays).size).toBeGreaterThan(1);
  });

  it('starts with the latency it was given', () => {
    expect(new FaultEngine([], 40).decide('transactions')).toEqual({ delayMs: 40 });
  });
});
