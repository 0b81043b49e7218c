import { ConfigError } from '../config-error.js';
import { readBool, readInt } from '../env.js';

type Env = Record<string, string | undefined>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ObservabilityConfig {
  logLevel: LogLevel;
  metricsEnabled: boolean;
  /** How long a readiness answer is reused, so load-balancer probes do not turn into token requests. */
  readinessCacheMs: number;
  tracing: TracingConfig;
}

export interface TracingConfig {
  enabled: boolean;
  serviceName: string;
  /** OTLP/HTTP traces URL; undefined means the exporter's default (http://localhost:4318/v1/traces). */
  otlpTracesUrl?: string;
}

export function loadObservabilityConfig(env: Env = process.env): ObservabilityConfig {
  const level = env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }
  // The OTel spec's own variables: the traces endpoint is used as is, the base endpoint gets /v1/traces.
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined;
  const otlpTracesUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (base && `${base.replace(/\/+$/, '')}/v1/traces`);
  return {
    logLevel: level as LogLevel,
    metricsEnabled: readBool(env, 'METRICS_ENABLED', true),
    readinessCacheMs: readInt(env, 'READINESS_CACHE_MS', 5_000, 0, 300_000),
    tracing: {
      enabled: readBool(env, 'OTEL_ENABLED', otlpTracesUrl !== undefined),
      serviceName: env.OTEL_SERVICE_NAME || 'candescent-accounts-graphql',
      otlpTracesUrl,
    },
  };
}
