import { readBool, readEnum, readInt, readString, type Env } from '../env.js';

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

export function loadObservabilityConfig(env: Env): ObservabilityConfig {
  // The OTel spec's own variables: the traces endpoint is used as is, the base endpoint gets /v1/traces.
  const base = readString(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  const otlpTracesUrl = readString(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') ?? (base && `${base.replace(/\/+$/, '')}/v1/traces`);
  return {
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, env.NODE_ENV === 'test' ? 'silent' : 'info'),
    metricsEnabled: readBool(env, 'METRICS_ENABLED', true),
    readinessCacheMs: readInt(env, 'READINESS_CACHE_MS', 5_000, 0, 300_000),
    tracing: {
      enabled: readBool(env, 'OTEL_ENABLED', otlpTracesUrl !== undefined),
      serviceName: readString(env, 'OTEL_SERVICE_NAME') ?? 'candescent-accounts-graphql',
      otlpTracesUrl,
    },
  };
}
