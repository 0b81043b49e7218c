import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { UpstreamError } from '../upstream/errors.js';
import type { Context } from '../context.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { Scrubber } from './redact.js';
import { operationLogLine, type OperationRecord } from './operation-log.js';
import type { Tracing } from './tracing.js';

export interface OperationObserver {
  readonly requestId: string;
  /** Runs the request so that its loader batches and upstream calls are traced under the operation. */
  run<T>(fn: () => T): T;
  /** Wraps context creation: ties the context to this request and records why creating it failed (bad token). */
  context(created: Promise<Context>): Promise<Context>;
}

export interface OperationObserverDeps {
  logger: Logger;
  metrics: Metrics;
  tracing?: Tracing;
  hashViewer: (idType: string, userId: string) => string;
  scrub: Scrubber;
}

/** A caller's (or its proxy's) request id is reused when it is plainly an id, so logs correlate across hops. */
const SANE_REQUEST_ID = /^[\w.:-]{8,128}$/;
const MAX_NAME_LENGTH = 100;

export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** One JSON log line, one metrics sample and one span per GraphQL operation, whatever way it ends. */
export function createOperationObservers({ logger, metrics, tracing, hashViewer, scrub }: OperationObserverDeps) {
  // Keyed by the request's upstream-call list: Apollo hands plugins a shallow clone of the context, which shares it.
  const records = new WeakMap<Context['upstreamCalls'], OperationRecord>();
  // The operation line is built field by field from values that hold no secret (hashed viewer, anonymised paths,
  // scrubbed messages, errors through the scrubbing serializer: operation-log.ts), so it skips pino's path
  // redaction, which costs ~80 µs a line: a sixth of a one-call operation's CPU (test/bench/RESULTS.md).
  const lineLogger = logger.child({}, { redact: [] });

  function start(req: IncomingMessage, res: ServerResponse): OperationObserver {
    const record: OperationRecord = {
      requestId: requestIdOf(req), startedAt: performance.now(), errorCodes: new Set(), upstreamCodes: new Set(),
      upstreamErrors: new Set(),
    };
    res.setHeader('x-request-id', record.requestId);
    const traceparent = req.headers.traceparent;
    const span = tracing?.startOperation(typeof traceparent === 'string' ? traceparent : undefined);

    res.once('close', () => {
      const durationMs = performance.now() - record.startedAt;
      // A client that hung up never saw an answer, whatever the gateway had prepared.
      if (!res.writableFinished) record.errorCodes.add('CLIENT_CLOSED');
      if (record.errorCodes.size === 0 && res.statusCode >= 400) record.errorCodes.add(`HTTP_${res.statusCode}`);
      const { level, line } = operationLogLine(record, res.statusCode, durationMs, { hashViewer, scrub });
      lineLogger[level](line, 'graphql operation');
      metrics.operation({
        name: line.operation, type: line.operationType, outcome: line.outcome, durationMs, errorCodes: record.errorCodes,
      });
      span?.end(`${line.operationType} ${line.operation}`, {
        'graphql.operation.name': line.operation,
        'graphql.operation.type': line.operationType,
        'gateway.request_id': record.requestId,
        'gateway.outcome': line.outcome,
        'gateway.error_codes': line.errorCodes,
        'http.response.status_code': res.statusCode,
      }, line.outcome === 'error');
    });

    return {
      requestId: record.requestId,
      run: (fn) => (span ? span.run(fn) : fn()),
      context: (created) =>
        created.then(
          (context) => {
            record.context = context;
            records.set(context.upstreamCalls, record);
            return context;
          },
          (error: unknown) => {
            const code = (error as GraphQLError | undefined)?.extensions?.code;
            record.errorCodes.add(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
            throw error;
          },
        ),
    };
  }

  function plugin(): ApolloServerPlugin<Context> {
    return {
      async requestDidStart({ contextValue }) {
        const record = records.get(contextValue.upstreamCalls);
        if (!record) return;
        return {
          async didResolveOperation({ operationName, operation }) {
            // Names are client-chosen: bounded, since they become log fields and metric labels.
            record.operationName = (operationName ?? '(anonymous)').slice(0, MAX_NAME_LENGTH);
            record.operationType = operation?.operation;
          },
          async didEncounterErrors({ errors }) {
            // Clients get masked errors; the log keeps what the bank said and resolver bugs (scrubbed) for operators.
            for (const { originalError } of errors) {
              if (originalError instanceof UpstreamError) record.upstreamErrors.add(originalError.message);
            }
            record.failure ??= errors.find((e) => !e.extensions?.code && !(e.originalError instanceof UpstreamError))
              ?.originalError ?? undefined;
          },
          async willSendResponse({ response }) {
            const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
            record.hasData = result.data !== undefined && result.data !== null;
            for (const error of result.errors ?? []) {
              const { code, upstreamCode } = error.extensions ?? {};
              record.errorCodes.add(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
              if (typeof upstreamCode === 'string') record.upstreamCodes.add(upstreamCode);
            }
          },
        };
      },
    };
  }

  return { start, plugin };
}
