// Loaded only when tracing is on (see index.ts): with OTEL off, neither the SDK nor the API is imported.
import { AsyncLocalStorage } from 'node:async_hooks';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { UpstreamCallEvent } from '../upstream/events.js';
import type { TracingConfig } from './config.js';

export type SpanAttributes = Record<string, string | number | boolean | string[]>;

export interface OperationSpan {
  /** Runs `fn` with this span as the parent of every loader-batch and upstream-call span it causes. */
  run<T>(fn: () => T): T;
  end(name: string, attributes: SpanAttributes, failed: boolean): void;
}

export interface Tracing {
  startOperation(traceparent: string | undefined): OperationSpan;
  batch<T>(loader: string, size: number, run: () => Promise<T>): Promise<T>;
  upstreamCall(event: UpstreamCallEvent): void;
  shutdown(): Promise<void>;
}

/** W3C trace context of an incoming request, so the gateway's spans join the caller's trace. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

function parentFrom(traceparent: string | undefined): Context {
  const match = traceparent ? TRACEPARENT.exec(traceparent.trim()) : null;
  if (!match || /^0+$/.test(match[1]!) || /^0+$/.test(match[2]!)) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: match[1]!, spanId: match[2]!, traceFlags: Number.parseInt(match[3]!, 16), isRemote: true,
  });
}

const epochMs = () => performance.timeOrigin + performance.now();

export async function createTracing(config: TracingConfig, exporter?: SpanExporter): Promise<Tracing> {
  // Tests hand in an in-memory exporter and read spans synchronously; production batches to OTLP/HTTP.
  const processor = exporter
    ? new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter(
      config.otlpTracesUrl ? { url: config.otlpTracesUrl } : {},
    ));
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [processor],
  });
  const tracer = provider.getTracer('candescent-accounts-graphql');
  // Own context storage instead of a global context manager: several gateways in one process stay separate.
  const active = new AsyncLocalStorage<Context>();
  const current = () => active.getStore() ?? ROOT_CONTEXT;

  return {
    startOperation(traceparent) {
      const span: Span = tracer.startSpan('graphql.operation', { kind: SpanKind.SERVER }, parentFrom(traceparent));
      const context = trace.setSpan(ROOT_CONTEXT, span);
      return {
        run: (fn) => active.run(context, fn),
        end(name, attributes, failed) {
          span.updateName(name);
          span.setAttributes(attributes);
          if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
      };
    },
    async batch(loader, size, run) {
      const span = tracer.startSpan(`dataloader.batch ${loader}`, {
        attributes: { 'dataloader.name': loader, 'dataloader.batch.size': size },
      }, current());
      try {
        return await active.run(trace.setSpan(current(), span), run);
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    },
    upstreamCall(event) {
      // The client reports an attempt when it is over; the span is placed back at its real start.
      const end = epochMs();
      const span = tracer.startSpan(`bank ${event.service} ${event.method}`, {
        kind: SpanKind.CLIENT,
        startTime: end - event.durationMs,
        attributes: {
          'bank.service': event.service,
          'bank.transaction_id': event.transactionId,
          'bank.attempt': event.attempt,
          'bank.outcome': event.outcome,
          'http.request.method': event.method,
          'http.response.status_code': event.status,
        },
      }, current());
      if (event.outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(end);
    },
    async shutdown() {
      await provider.shutdown();
    },
  };
}
