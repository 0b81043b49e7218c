import { describe, expect, it } from 'vitest';
import { createRetryBudget } from '../../src/upstream/retry-budget.js';

function setup(ratio: number, minPerSecond: number) {
  let now = 0;
  const budget = createRetryBudget({ ratio, minPerSecond }, () => now);
  const retries = (attempted: number) => Array.from({ length: attempted }, () => budget.tryRetry()).filter(Boolean).length;
  return { budget, retries, advance: (ms: number) => (now += ms) };
}

describe('retry budget', () => {
  it('allows ratio × first attempts plus the 10 s reserve of the per-second minimum, then refuses', () => {
    const { budget, retries } = setup(0.2, 1);
    for (let i = 0; i < 100; i++) budget.recordRequest();
    expect(budget.available).toBe(30);
    expect(retries(1000)).toBe(30);
    expect(budget.tryRetry()).toBe(false);
    expect(budget.available).toBe(0);
  });

  it('earns retries back as new first attempts arrive', () => {
    const { budget, retries } = setup(0.2, 0);
    expect(retries(1)).toBe(0);
    for (let i = 0; i < 4; i++) budget.recordRequest();
    expect(retries(1)).toBe(0);
    budget.recordRequest();
    expect(retries(2)).toBe(1);
  });

  it('keeps retries within ~20 % of first attempts under a total outage, over time', () => {
    const { budget, advance } = setup(0.2, 0);
    let first = 0;
    let retried = 0;
    // 50 s at 100 calls per second, each wanting 2 retries.
    for (let tick = 0; tick < 5_000; tick++) {
      advance(10);
      budget.recordRequest();
      first++;
      for (let r = 0; r < 2; r++) if (budget.tryRetry()) retried++;
    }
    expect(retried / first).toBeGreaterThan(0.19);
    expect(retried / first).toBeLessThanOrEqual(0.2);
  });

  it('lets earned and spent retries expire after the 10 s window: a calm period cannot fund a storm', () => {
    const { budget, retries, advance } = setup(0.2, 0);
    for (let i = 0; i < 1000; i++) budget.recordRequest();
    advance(11_000);
    expect(retries(10)).toBe(0);
  });

  it('refills the per-second minimum as the window moves on', () => {
    const { retries, advance } = setup(0, 2);
    expect(retries(100)).toBe(20);
    advance(5_000);
    expect(retries(100)).toBe(0);
    advance(5_500);
    expect(retries(100)).toBe(20);
  });
});
