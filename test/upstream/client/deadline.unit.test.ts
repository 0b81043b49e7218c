import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadline } from '../../../src/upstream/client/deadline.js';
import { preparedCall, settled } from './fixtures.js';

describe('Deadline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('aborts its signal when the time is up, and counts the time left down to it', () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    vi.advanceTimersByTime(400);
    expect(deadline.remainingMs).toBe(600);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(600);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.callerGone).toBe(false);
  });

  it('names the call, never its query, in a retryable error once the deadline passed', () => {
    const error = new Deadline(preparedCall(), 1_000).error('tx-1');
    expect(error).toMatchObject({ service: 'accounts', kind: 'timeout', status: 0, retryable: true, transactionId: 'tx-1' });
    expect(error.message).toBe('accounts GET /v1/accounts: deadline of 1000 ms exceeded');
  });

  it('ends at once with a final error when the caller hangs up', () => {
    const caller = new AbortController();
    const deadline = new Deadline(preparedCall(), 1_000, caller.signal);
    caller.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.callerGone).toBe(true);
    expect(deadline.error()).toMatchObject({ kind: 'timeout', retryable: false, message: 'accounts GET /v1/accounts: aborted by the caller' });
  });

  it('pauses for the time asked when the deadline allows it', async () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    let resumed = false;
    const pause = deadline.pause(300).then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(299);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pause;
    expect(resumed).toBe(true);
  });

  it('cuts a pause short with its error when the deadline passes first, or has already', async () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    const pause = settled(deadline.pause(5_000));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pause).toEqual({ reason: expect.objectContaining({ message: expect.stringContaining('deadline of 1000 ms exceeded') }) });
    expect(await settled(deadline.pause(1))).toEqual({ reason: expect.objectContaining({ kind: 'timeout' }) });
  });

  it('stops waiting for shared work at the deadline, with the signal\'s reason, and leaves the work alone', async () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    let finish!: (value: string) => void;
    const shared = new Promise<string>((resolve) => (finish = resolve));
    const waited = settled(deadline.within(shared));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await waited).toEqual({ reason: deadline.signal.reason });
    finish('token');
    expect(await shared).toBe('token');
    expect(await settled(deadline.within(Promise.resolve('late')))).toEqual({ reason: deadline.signal.reason });
  });

  it('passes on what shared work settles with in time', async () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    expect(await deadline.within(Promise.resolve('token'))).toBe('token');
    const refused = new Error('token refused');
    expect(await settled(deadline.within(Promise.reject(refused)))).toEqual({ reason: refused });
  });

  it('reads as passed when first asked after its time', () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    vi.advanceTimersByTime(1_001);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.callerGone).toBe(false);
  });

  it('never fires once disposed', () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    const signal = deadline.signal;
    deadline.dispose();
    vi.advanceTimersByTime(5_000);
    expect(signal.aborted).toBe(false);
  });

  it('bounds an attempt by its own timeout while the deadline is farther, and by the deadline once it is nearer', () => {
    const deadline = new Deadline(preparedCall(), 1_000);
    const first = deadline.attemptSignal(300);
    vi.advanceTimersByTime(300);
    expect(first.signal.aborted).toBe(true);
    expect(deadline.signal.aborted).toBe(false);
    const second = deadline.attemptSignal(900);
    expect(second.signal).toBe(deadline.signal);
    vi.advanceTimersByTime(699);
    expect(second.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(second.signal.aborted).toBe(true);
  });

  it('ends an attempt when the caller hangs up, and leaves it alone once disposed', () => {
    const caller = new AbortController();
    const deadline = new Deadline(preparedCall(), 1_000, caller.signal);
    const done = deadline.attemptSignal(300);
    done.dispose();
    const pending = deadline.attemptSignal(300);
    caller.abort();
    expect(pending.signal.aborted).toBe(true);
    expect(done.signal.aborted).toBe(false);
  });
});
