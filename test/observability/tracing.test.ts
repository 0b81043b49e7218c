import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SEED_USERS } from '../../src/sandbox/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Lets a test await the operation span, which ends when the response has been sent. */
class AwaitableExporter extends InMemorySpanExporter {
  readonly events = new EventEmitter();
  override export(spans: ReadableSpan[], done: Parameters<InMemorySpanExporter['export']>[1]): void {
    super.export(spans, done);
    for (const span of spans) this.events.emit('span', span);
  }
  operation(requestId: string): Promise<ReadableSpan> {
    const match = (span: ReadableSpan) => span.attributes['gateway.request_id'] === requestId;
    const found = this.getFinishedSpans().find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => {
      const onSpan = (span: ReadableSpan) => {
        if (!match(span)) return;
        this.events.off('span', onSpan);
        resolve(span);
      };
      this.events.on('span', onSpan);
    });
  }
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('OpenTelemetry tracing (OTEL_ENABLED=true)', () => {
  const exporter = new AwaitableExporter();
  let gw: TestGateway;
  const traceOf = async (res: { headers: Headers }) => {
    const operation = await exporter.operation(res.headers.get('x-request-id')!);
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === operation.spanContext().traceId);
    return { operation, spans };
  };

  beforeAll(async () => {
    gw = await startTestGateway({ env: { OTEL_ENABLED: 'true' }, observability: { spanExporter: exporter } });
  });
  afterAll(() => gw.close());
  beforeEach(() => {
    exporter.reset();
    gw.resetCalls();
    gw.sandbox.clearFaults();
  });

  it('traces an operation with its upstream calls (transactionId attribute) and the token call it caused', async () => {
    const res = await gw.query('query Dashboard { viewer { accounts { id } recipients { id } } }', {}, SEED_USERS.retailRich);
    const { operation, spans } = await traceOf(res);
    expect(operation.name).toBe('query Dashboard');
    expect(operation.kind).toBe(SpanKind.SERVER);
    expect(operation.attributes).toMatchObject({
      'graphql.operation.name': 'Dashboard', 'graphql.operation.type': 'query', 'gateway.outcome': 'ok',
    });
    const calls = spans.filter((s) => s.kind === SpanKind.CLIENT);
    expect(calls.every((s) => parentOf(s) === operation.spanContext().spanId)).toBe(true);
    expect(calls.map((s) => s.name).sort()).toEqual(['bank accounts GET', 'bank recipients GET', 'bank token POST']);
    const resourceIds = calls.filter((s) => s.name !== 'bank token POST').map((s) => s.attributes['bank.transaction_id']).sort();
    expect(resourceIds).toEqual(gw.upstreamCalls().map((call) => call.transactionId).sort());
    expect(calls.find((s) => s.name === 'bank accounts GET')!.attributes).toMatchObject({
      'bank.service': 'accounts', 'http.request.method': 'GET', 'http.response.status_code': 200, 'bank.attempt': 1,
    });
    // Call spans sit inside the operation in time.
    for (const call of calls) {
      expect(call.startTime[0] * 1e9 + call.startTime[1]).toBeGreaterThanOrEqual(operation.startTime[0] * 1e9 + operation.startTime[1]);
    }
  });

  it('puts upstream calls made by a DataLoader batch under a batch span', async () => {
    const res = await gw.query(
      'query History { viewer { accounts(filter: { categories: [DEPOSIT] }) { transactions(first: 1) { totalCount } } } }',
      {}, SEED_USERS.retailRich,
    );
    const { operation, spans } = await traceOf(res);
    const batch = spans.find((s) => s.name === 'dataloader.batch transactions')!;
    expect(parentOf(batch)).toBe(operation.spanContext().spanId);
    const fetched = gw.upstreamCalls().filter((call) => call.route === 'transactions');
    expect(batch.attributes['dataloader.batch.size']).toBe(fetched.length);
    const underBatch = spans.filter((s) => parentOf(s) === batch.spanContext().spanId);
    expect(underBatch.map((s) => s.attributes['bank.transaction_id']).sort()).toEqual(fetched.map((c) => c.transactionId).sort());
    expect(spans.find((s) => s.name === 'bank accounts GET')!.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
  });

  it('marks failed attempts and a failed operation as errors, one span per retry', async () => {
    gw.sandbox.setFaults([{ route: 'accounts', kind: 'status', status: 503, code: 'ACC_99999', message: 'down' }]);
    const { operation, spans } = await traceOf(await gw.query('query Failing { viewer { accounts { id } } }', {}, SEED_USERS.retailRich));
    expect(operation.status.code).toBe(SpanStatusCode.ERROR);
    expect(operation.attributes['gateway.error_codes']).toEqual(['UPSTREAM_UNAVAILABLE']);
    const attempts = spans.filter((s) => s.name === 'bank accounts GET');
    expect(attempts.length).toBe(gw.upstreamCalls().length);
    expect(attempts.length).toBeGreaterThan(1);
    expect(attempts.every((s) => s.status.code === SpanStatusCode.ERROR && s.attributes['http.response.status_code'] === 503)).toBe(true);
  });

  it('joins the caller\'s trace from a W3C traceparent header', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json', authorization: `Bearer ${await gw.token(SEED_USERS.retailSingle)}`,
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({ query: 'query Joined { viewer { recipients { id } } }' }),
    });
    const { operation, spans } = await traceOf(res);
    expect(operation.spanContext().traceId).toBe(traceId);
    expect(parentOf(operation)).toBe('00f067aa0ba902b7');
    expect(spans.some((s) => s.name === 'bank recipients GET')).toBe(true);
  });
});
