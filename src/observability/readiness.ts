export interface ReadinessState {
  ready: boolean;
  /**
   * Why not ready, from a fixed set: /readyz is unauthenticated, so the bank's error text (host names, addresses)
   * goes to the log through `onProbeFailure`, never into the answer.
   */
  reason?: NotReadyReason;
}

export type NotReadyReason = 'bank token unavailable' | 'draining';

export interface Readiness {
  check(): Promise<ReadinessState>;
  /** Graceful shutdown: from now on the gateway reports not-ready, so load balancers stop sending traffic. */
  setDraining(): void;
  readonly draining: boolean;
}

export interface ReadinessOptions {
  /** Resolves when the bank is usable (the gateway's probe is the token provider's getToken()). */
  probe: () => Promise<unknown>;
  cacheMs: number;
  /** Sees the probe's error (for the log: e.g. which scope the bank refuses); once per probe, not per check. */
  onProbeFailure?: (error: unknown) => void;
  now?: () => number;
}

/**
 * Load balancers probe every few seconds from several nodes; one answer is reused for `cacheMs` and concurrent
 * checks share one probe, so the bank sees at most one token request per period from this gateway.
 */
export function createReadiness({ probe, cacheMs, onProbeFailure, now = Date.now }: ReadinessOptions): Readiness {
  let draining = false;
  let cached: { state: ReadinessState; at: number } | undefined;
  let inflight: Promise<ReadinessState> | undefined;

  const run = async (): Promise<ReadinessState> => {
    try {
      await probe();
      return { ready: true };
    } catch (error) {
      onProbeFailure?.(error);
      return { ready: false, reason: 'bank token unavailable' };
    }
  };

  return {
    get draining() {
      return draining;
    },
    setDraining() {
      draining = true;
    },
    async check() {
      if (draining) return { ready: false, reason: 'draining' };
      if (cached && now() - cached.at < cacheMs) return cached.state;
      inflight ??= run().then((state) => {
        cached = { state, at: now() };
        inflight = undefined;
        return state;
      });
      const state = await inflight;
      // Draining may have started while the probe ran.
      return draining ? { ready: false, reason: 'draining' } : state;
    },
  };
}
