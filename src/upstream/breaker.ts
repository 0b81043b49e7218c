import { UpstreamError } from './errors.js';
import type { UpstreamService } from './events.js';
import type { BreakerConfig } from './resilience-config.js';
import { createRollingCounter } from './rolling-window.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * 'failure' only for answers that say the bank is unwell (5xx, 408, 429, timeouts, dropped connections, bodies
 * that are not JSON); a 4xx is the bank working as designed and counts as 'success'. 'ignored': the caller gave
 * up or never sent the call, which says nothing about the bank.
 */
export type BreakerOutcome = 'success' | 'failure' | 'ignored';

export interface BreakerPermit {
  /** `viewer`: whom the call was for; calls without one (the gateway's own, e.g. token) speak for everyone. */
  done(outcome: BreakerOutcome, viewer?: string): void;
}

export interface BreakerChangeEvent {
  service: UpstreamService;
  from: BreakerState;
  to: BreakerState;
  /** Calls and failures in the window when the breaker opened from closed; 0 otherwise. */
  calls: number;
  failures: number;
}

export interface CircuitBreaker {
  readonly state: BreakerState;
  /** A permit to call the service, or undefined: fail fast (open, or half-open with every probe taken). */
  tryAcquire(): BreakerPermit | undefined;
  /** The error for a call refused by tryAcquire. */
  openError(): UpstreamError;
  /** Resolves at the next change of state (a half-open breaker's probes have their verdict). */
  nextChange(): Promise<void>;
}

export interface BreakerOptions {
  onChange?: ((event: BreakerChangeEvent) => void) | undefined;
  now?: (() => number) | undefined;
}

const ALWAYS: BreakerPermit = { done: () => undefined };

export function createCircuitBreaker(service: UpstreamService, config: BreakerConfig, options: BreakerOptions = {}): CircuitBreaker {
  const now = options.now ?? (() => performance.now());
  const window = createRollingCounter<'calls' | 'failures'>(config.windowMs, 10, now);
  let state: BreakerState = 'closed';
  let openedAt = 0;
  let probesOut = 0;
  let probeSuccesses = 0;
  // Results of calls admitted under an earlier state must not decide the current one.
  let generation = 0;
  let changed: { promise: Promise<void>; resolve: () => void } | undefined;
  // Viewers whose calls failed in the window (viewer → last failure): one customer's data (a history the bank
  // cannot serve, a burst of their own) must not open the breaker for every customer.
  const failingViewers = new Map<string, number>();
  let anonymousFailureAt = -Infinity;
  const spreadWide = (at: number): boolean => {
    if (at - anonymousFailureAt < config.windowMs) return true;
    for (const [viewer, failedAt] of failingViewers) if (at - failedAt >= config.windowMs) failingViewers.delete(viewer);
    return failingViewers.size >= config.minViewers;
  };

  const wake = () => {
    changed?.resolve();
    changed = undefined;
  };
  const moveTo = (to: BreakerState, calls = 0, failures = 0) => {
    const from = state;
    state = to;
    generation++;
    probesOut = 0;
    probeSuccesses = 0;
    if (to === 'open') openedAt = now();
    if (to === 'closed') {
      window.clear();
      failingViewers.clear();
      anonymousFailureAt = -Infinity;
    }
    wake();
    options.onChange?.({ service, from, to, calls, failures });
  };
  // Open turns half-open lazily, on the first look after the cool-down: no timers to clean up.
  const current = (): BreakerState => {
    if (state === 'open' && now() - openedAt >= config.cooldownMs) moveTo('half-open');
    return state;
  };

  const record = (admittedIn: number, probe: boolean, outcome: BreakerOutcome, viewer: string | undefined) => {
    if (admittedIn !== generation) return;
    if (probe) {
      probesOut--;
      if (outcome === 'failure') moveTo('open');
      else if (outcome === 'success' && ++probeSuccesses >= config.halfOpenProbes) moveTo('closed');
      // A probe that said nothing frees its slot for one of the callers waiting for a verdict.
      else if (outcome === 'ignored') wake();
      return;
    }
    if (outcome === 'ignored') return;
    window.add('calls');
    if (outcome === 'success') return;
    window.add('failures');
    const at = now();
    if (viewer === undefined) anonymousFailureAt = at;
    else {
      failingViewers.delete(viewer);
      failingViewers.set(viewer, at);
    }
    const calls = window.sum('calls');
    const failures = window.sum('failures');
    if (calls >= config.minCalls && failures / calls >= config.failureRatio && spreadWide(at)) moveTo('open', calls, failures);
  };

  return {
    get state() {
      return config.enabled ? current() : 'closed';
    },
    tryAcquire() {
      if (!config.enabled) return ALWAYS;
      const at = current();
      if (at === 'open') return undefined;
      const probe = at === 'half-open';
      if (probe) {
        if (probesOut + probeSuccesses >= config.halfOpenProbes) return undefined;
        probesOut++;
      }
      const admittedIn = generation;
      let settled = false;
      return {
        done(outcome, viewer) {
          if (settled) return;
          settled = true;
          record(admittedIn, probe, outcome, viewer);
        },
      };
    },
    nextChange() {
      if (!changed) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        changed = { promise, resolve };
      }
      return changed.promise;
    },
    openError() {
      const waitMs = Math.max(0, config.cooldownMs - (now() - openedAt));
      return new UpstreamError({
        service, kind: 'circuit-open', status: 0, retryable: false,
        message: `${service}: circuit open after repeated failures; calls resume with a probe in ${Math.ceil(waitMs / 1000)} s`,
      });
    },
  };
}

/** One breaker per bank service: an outage of the transactions service must not stop account lookups. */
export interface Breakers {
  get(service: UpstreamService): CircuitBreaker;
  states(): Record<UpstreamService, BreakerState>;
}

const SERVICES: readonly UpstreamService[] = ['token', 'accounts', 'institution-users', 'recipients', 'transactions'];

export function createBreakers(config: BreakerConfig, options: BreakerOptions = {}): Breakers {
  const breakers = new Map(SERVICES.map((service) => [service, createCircuitBreaker(service, config, options)]));
  return {
    get: (service) => breakers.get(service)!,
    states: () => Object.fromEntries(SERVICES.map((service) => [service, breakers.get(service)!.state])) as Record<UpstreamService, BreakerState>,
  };
}

/** How an attempt's failure bears on the bank's health (see BreakerOutcome). */
export function breakerOutcome(error: UpstreamError): BreakerOutcome {
  if (error.kind === 'circuit-open') return 'ignored';
  return error.retryable || error.kind === 'invalid-body' ? 'failure' : 'success';
}
