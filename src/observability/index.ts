import type { DestinationStream } from 'pino';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { BankClient, BankClientOptions } from '../upstream/client.js';
import type { BatchObserver } from '../upstream/loaders.js';
import type { ObservabilityConfig } from './config.js';
import { createProbeEndpoints, type ProbeEndpoints } from './endpoints.js';
import { apolloLogger, createLogger, createViewerHasher, type ApolloLogger, type Logger } from './logger.js';
import { createMetrics, createNoopMetrics, type BreakerStates, type Metrics } from './metrics.js';
import { createOperationObservers } from './operation.js';
import { createReadiness } from './readiness.js';
import { explainTokenFailure } from '../upstream/token-diagnosis.js';
import { createScrubber } from './redact.js';
import type { Tracing } from './tracing.js';

export type { OperationObserver } from './operation.js';
export type { Readiness, ReadinessState } from './readiness.js';
export type { BreakerState, BreakerStates } from './metrics.js';

export interface ObservabilityOptions {
  /** Values no log line may show (Config.secrets). */
  secrets?: readonly string[];
  logDestination?: DestinationStream;
  /** One human line per operation instead of JSON (dev mode on a terminal: main.ts decides). */
  prettyLogs?: boolean;
  /** Tests: spans go here (synchronously) instead of OTLP; tracing must still be enabled by env. */
  spanExporter?: SpanExporter;
}

/** Logs, metrics, traces and probes of one gateway; created before the bank client, whose hooks feed it. */
export interface Observability {
  config: ObservabilityConfig;
  logger: Logger;
  apolloLogger: ApolloLogger;
  metrics: Metrics;
  /** Pass to createBankClient: every upstream attempt (token calls included) and every token refresh. */
  bankHooks: Required<Pick<BankClientOptions, 'onCall' | 'onTokenRefresh'>>;
  /** Pass as LoaderOptions.observeBatch. */
  observeBatch: BatchObserver;
  operations: ReturnType<typeof createOperationObservers>;
  /** The circuit breaker reports its states here (gateway_upstream_breaker_state). */
  watchBreakers(states: BreakerStates): void;
  /** /readyz (probing the bank's token endpoint) and /metrics for the gateway that uses this bank client. */
  endpoints(bank: Pick<BankClient, 'tokens'>): ProbeEndpoints;
  /** Flushes pending spans. */
  shutdown(): Promise<void>;
}

export async function createObservability(config: ObservabilityConfig, options: ObservabilityOptions = {}): Promise<Observability> {
  const scrub = createScrubber(options.secrets ?? []);
  const logger = createLogger({ level: config.logLevel, destination: options.logDestination, scrub, pretty: options.prettyLogs });
  const metrics = config.metricsEnabled ? createMetrics() : createNoopMetrics();
  // The SDK is imported only when tracing is on: off costs one `undefined` check per hook.
  const tracing: Tracing | undefined = config.tracing.enabled
    ? await (await import('./tracing.js')).createTracing(config.tracing, options.spanExporter)
    : undefined;
  const hashViewer = createViewerHasher();

  return {
    config,
    logger,
    apolloLogger: apolloLogger(logger),
    metrics,
    bankHooks: {
      onCall(event) {
        metrics.upstreamCall(event);
        tracing?.upstreamCall(event);
      },
      onTokenRefresh: (event) => metrics.tokenRefresh(event),
    },
    observeBatch(loader, size, run) {
      metrics.batch(loader, size);
      return tracing ? tracing.batch(loader, size, run) : run();
    },
    operations: createOperationObservers({ logger, metrics, tracing, hashViewer, scrub }),
    watchBreakers: (states) => metrics.watchBreakers(states),
    endpoints(bank) {
      const readiness = createReadiness({
        probe: () => bank.tokens.getToken(),
        cacheMs: config.readinessCacheMs,
        onProbeFailure: (error) => void explainTokenFailure(error, bank.tokens)
          .then((why) => logger.warn({ readiness: 'not-ready' }, `readiness: bank token unavailable: ${why}`)),
      });
      return createProbeEndpoints(readiness, metrics);
    },
    async shutdown() {
      await tracing?.shutdown();
    },
  };
}
