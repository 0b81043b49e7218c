import { describe, expect, it, vi } from 'vitest';
import { timeoutSignal } from '../../src/upstream/timeout-signal.js';

describe('timeoutSignal', () => {
  it('aborts with a TimeoutError after the time', async () => {
    const { signal } = timeoutSignal(20);
    await new Promise((resolve) => signal.addEventListener('abort', resolve));
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('follows a parent that aborts first, with the parent\'s reason', () => {
    const parent = new AbortController();
    const { signal } = timeoutSignal(10_000, parent.signal);
    parent.abort('caller gone');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('caller gone');
  });

  it('starts aborted when its time is already up', () => {
    const { signal } = timeoutSignal(-5);
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('starts aborted when a parent already is', () => {
    expect(timeoutSignal(10_000, AbortSignal.abort('x')).signal.aborted).toBe(true);
  });

  it('never fires once disposed, and lets go of its parent', () => {
    vi.useFakeTimers();
    try {
      const parent = new AbortController();
      const timer = timeoutSignal(10, parent.signal);
      timer.dispose();
      vi.advanceTimersByTime(1_000);
      parent.abort();
      expect(timer.signal.aborted).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
