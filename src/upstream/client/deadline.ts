import type { UpstreamError } from '../errors.js';
import { timeoutSignal } from '../timeout-signal.js';
import type { TimeoutSignal } from '../timeout-signal.js';
import { upstreamError } from './attempt.js';
import type { PreparedCall } from './resolve.js';

const NOTHING_TO_DISPOSE: TimeoutSignal['dispose'] = () => undefined;

/**
 * One call's time with the bank (UPSTREAM_DEADLINE_MS over all its attempts, waits and retries), ended early when
 * the caller hangs up. Started once the call has its socket: time in the gateway's own queues is not bank time.
 * A class rather than closures: the client makes one per call, and methods on the prototype cost nothing each time.
 * Its own signal and timer are made only when something waits on them (a pause, a token or breaker wait, a failed
 * attempt): a call answered by its first attempt needs only that attempt's (attemptSignal). On Node 20 each
 * AbortSignal costs ~4 µs to create, about 1 % of a one-call operation's CPU (docs/performance.md).
 */
export class Deadline {
  private timeout: TimeoutSignal | undefined;
  private readonly startedAt = performance.now();

  constructor(private readonly call: PreparedCall, private readonly ms: number, private readonly caller?: AbortSignal) {}

  /** Aborts when the deadline passes or the caller hangs up. */
  get signal(): AbortSignal {
    this.timeout ??= timeoutSignal(this.remainingMs, this.caller);
    return this.timeout.signal;
  }

  /**
   * What bounds one attempt: its own `timeoutMs`, or the deadline when that comes first, and the caller. Dispose
   * it when the attempt settles (a no-op when it is the deadline's own signal, which dispose() clears).
   */
  attemptSignal(timeoutMs: number): TimeoutSignal {
    if (this.remainingMs > timeoutMs) return timeoutSignal(timeoutMs, this.caller);
    return { signal: this.signal, dispose: NOTHING_TO_DISPOSE };
  }

  get remainingMs(): number {
    return this.ms - (performance.now() - this.startedAt);
  }

  /** The caller hung up: whatever stops the call then says nothing about the bank. */
  get callerGone(): boolean {
    return this.caller?.aborted === true;
  }

  /** Why the call stopped: the caller hung up (final), or the deadline passed (retryable: the bank may recover). */
  error(transactionId?: string): UpstreamError {
    return this.callerGone
      ? upstreamError(this.call, transactionId, 'timeout', 0, 'aborted by the caller', false)
      : upstreamError(this.call, transactionId, 'timeout', 0, `deadline of ${this.ms} ms exceeded`, true);
  }

  /** Waits `ms` before a retry; rejects with error() if the deadline comes first. */
  pause(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(this.error());
      const stop = () => {
        clearTimeout(timer);
        reject(this.error());
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', stop);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', stop, { once: true });
    });
  }

  /**
   * `shared` if it settles in time, else a rejection with the signal's reason. Waiting for work other calls share
   * (the token, a breaker's verdict) ends at this call's deadline without cancelling it for the others.
   */
  within<T>(shared: Promise<T>): Promise<T> {
    const signal = this.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  dispose(): void {
    this.timeout?.dispose();
  }
}
