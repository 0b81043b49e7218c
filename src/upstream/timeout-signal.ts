export interface TimeoutSignal {
  signal: AbortSignal;
  /** Clears the timer and detaches from the parents; call when the guarded work settles. */
  dispose(): void;
}

/**
 * A signal that aborts after `ms`, or as soon as any parent aborts (with the parent's reason).
 * Deliberately not `AbortSignal.any([…, AbortSignal.timeout(ms)])`: on Node 20 a timeout signal referenced only
 * through `any()` can be garbage-collected before it fires (nodejs/node#57736), and the call then hangs with no
 * timeout at all — the soak test caught exactly that. A plain timer held until `dispose()` cannot be collected.
 */
export function timeoutSignal(ms: number, ...parents: ReadonlyArray<AbortSignal | undefined>): TimeoutSignal {
  const controller = new AbortController();
  const timeUp = () => controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
  // A time already up is up now, not on the next turn of the event loop (a deadline asked for once it passed).
  if (ms <= 0) timeUp();
  const timer = setTimeout(timeUp, ms);
  const detachers: Array<() => void> = [];
  const dispose = () => {
    clearTimeout(timer);
    for (const detach of detachers) detach();
  };
  for (const parent of parents) {
    if (!parent) continue;
    if (parent.aborted) {
      controller.abort(parent.reason);
      break;
    }
    const onAbort = () => {
      controller.abort(parent.reason);
      dispose();
    };
    parent.addEventListener('abort', onAbort, { once: true });
    detachers.push(() => parent.removeEventListener('abort', onAbort));
  }
  if (controller.signal.aborted) dispose();
  return { signal: controller.signal, dispose };
}
