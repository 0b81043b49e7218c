import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamCallEvent } from '../upstream/events.js';
import type { TokenRefreshEvent } from '../upstream/token-provider.js';

export type BreakerState = 'closed' | 'open' | 'half-open';
/** Supplied by the circuit breaker (resilience): the current state of each upstream service's breaker. */
export type BreakerStates = () => Partial<Record<string, BreakerState>>;

export interface OperationSample {
  name: string;
  type: string;
  outcome: string;
  durationMs: number;
  errorCodes: Iterable<string>;
}

export interface Metrics {
  /** undefined when METRICS_ENABLED=false: nothing is collected and /metrics answers 404. */
  registry?: Registry;
  operation(sample: OperationSample): void;
  upstreamCall(event: UpstreamCallEvent): void;
  tokenRefresh(event: TokenRefreshEvent): void;
  batch(loader: string, size: number): void;
  watchBreakers(states: BreakerStates): void;
}

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };
/** Operation names come from clients: past this many distinct names, new ones are counted as "(other)". */
const MAX_OPERATION_NAMES = 200;

export function createNoopMetrics(): Metrics {
  const ignore = () => undefined;
  return { operation: ignore, upstreamCall: ignore, tokenRefresh: ignore, batch: ignore, watchBreakers: ignore };
}

/** One registry per gateway (not prom-client's global one), so several gateways in one process never collide. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const operations = new Counter({
    name: 'gateway_graphql_operations_total', help: 'GraphQL operations by operation name, type and outcome (ok, partial, error)',
    labelNames: ['operation', 'type', 'outcome'], registers,
  });
  const operationSeconds = new Histogram({
    name: 'gateway_graphql_operation_duration_seconds', help: 'GraphQL operation latency, request received to response sent',
    labelNames: ['operation', 'type', 'outcome'], registers,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  const errors = new Counter({
    name: 'gateway_graphql_errors_total', help: 'Operations that answered with an error of this code (counted once per operation)',
    labelNames: ['code'], registers,
  });
  const upstreamCalls = new Counter({
    name: 'gateway_upstream_calls_total', help: 'HTTP attempts to the bank (token calls included) by service, method, status and outcome (ok, error, retry)',
    labelNames: ['service', 'method', 'status', 'outcome'], registers,
  });
  const upstreamSeconds = new Histogram({
    name: 'gateway_upstream_call_duration_seconds', help: 'Latency of one HTTP attempt to the bank',
    labelNames: ['service', 'outcome'], registers,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
  });
  const tokenRefreshes = new Counter({
    name: 'gateway_token_refreshes_total', help: 'Bank access token requests by reason (initial, expiring, expired, invalidated) and outcome',
    labelNames: ['reason', 'outcome'], registers,
  });
  const batchSizes = new Histogram({
    name: 'gateway_dataloader_batch_size', help: 'Keys per DataLoader batch', labelNames: ['loader'], registers,
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
  });
  let breakerStates: BreakerStates | undefined;
  new Gauge({
    name: 'gateway_upstream_breaker_state', help: 'Circuit breaker state per upstream service: 0 closed, 1 half-open, 2 open',
    labelNames: ['service'], registers,
    collect() {
      this.reset();
      for (const [service, state] of Object.entries(breakerStates?.() ?? {})) {
        if (state) this.set({ service }, BREAKER_VALUE[state]);
      }
    },
  });

  const names = new Set<string>();
  const operationLabel = (name: string) => {
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return '(other)';
    names.add(name);
    return name;
  };

  return {
    registry,
    operation({ name, type, outcome, durationMs, errorCodes }) {
      const labels = { operation: operationLabel(name), type, outcome };
      operations.inc(labels);
      operationSeconds.observe(labels, durationMs / 1000);
      for (const code of errorCodes) errors.inc({ code });
    },
    upstreamCall(event) {
      upstreamCalls.inc({ service: event.service, method: event.method, status: String(event.status), outcome: event.outcome });
      upstreamSeconds.observe({ service: event.service, outcome: event.outcome }, event.durationMs / 1000);
    },
    tokenRefresh(event) {
      tokenRefreshes.inc({ reason: event.reason, outcome: event.ok ? 'ok' : 'error' });
    },
    batch(loader, size) {
      batchSizes.observe({ loader }, size);
    },
    watchBreakers(states) {
      breakerStates = states;
    },
  };
}
