export interface Limiter {
  /** Runs `task` once fewer than `max` run; a signal aborted while waiting takes it out of the line. */
  <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Tasks running or waiting. */
  readonly busy: number;
}

/** A counting semaphore: at most `max` tasks run at once, the rest wait in order. */
export function createLimiter(max: number): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  const wait = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const turn = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        const at = waiting.indexOf(turn);
        if (at >= 0) waiting.splice(at, 1);
        reject(signal!.reason);
      };
      waiting.push(turn);
      signal?.addEventListener('abort', leave, { once: true });
    });
  const run = async <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) throw signal.reason;
    if (active >= max) await wait(signal);
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
  return Object.defineProperty(run, 'busy', { get: () => active + waiting.length }) as Limiter;
}
