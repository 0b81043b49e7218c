import { createLimiter, type Limiter } from './limit.js';

export interface BulkheadConfig {
  /** Bank calls one GraphQL operation may have in flight (BANK_CALLS_PER_OPERATION). */
  perOperation: number;
  /** Bank calls one viewer may have in flight over all their operations (BANK_CALLS_PER_VIEWER). */
  perViewer: number;
}

/** One operation's place in line: whom it acts for (the breakers weigh failures per viewer) and its caps. */
export interface Bulkhead {
  readonly viewer: string;
  /** Waits for a free slot of this operation and of its viewer, then runs `call`; waiting never reaches the bank. */
  run<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export interface Bulkheads {
  forOperation(viewer: string): Bulkhead;
  /** Viewers with calls running or waiting (tests, metrics). */
  readonly viewers: number;
}

/**
 * Bulkheads between customers: one viewer's burst queues behind its own caps, inside the gateway, so it can
 * hold at most `perViewer` of the bank client's sockets however many operations it sends. Process-wide; a
 * viewer's limiter exists only while it has calls running or waiting, so memory follows the active viewers.
 */
export function createBulkheads(config: BulkheadConfig): Bulkheads {
  const byViewer = new Map<string, Limiter>();
  const viewerLimiter = (viewer: string): Limiter => {
    let limiter = byViewer.get(viewer);
    if (!limiter) byViewer.set(viewer, (limiter = createLimiter(config.perViewer)));
    return limiter;
  };
  return {
    get viewers() {
      return byViewer.size;
    },
    forOperation(viewer) {
      const operation = createLimiter(config.perOperation);
      return {
        viewer,
        async run(call, signal) {
          const limiter = viewerLimiter(viewer);
          try {
            return await operation(() => limiter(call, signal), signal);
          } finally {
            if (limiter.busy === 0 && byViewer.get(viewer) === limiter) byViewer.delete(viewer);
          }
        },
      };
    },
  };
}
