import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from 'prom-client';
import { loadObservabilityConfig } from '../../src/observability/config.js';
import { createObservability } from '../../src/observability/index.js';
import { SEED_USERS } from '../../src/sandbox/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

type Labels = Record<string, string>;

/** Values of a Prometheus text exposition, looked up by metric name and exact label set. */
function parseMetrics(text: string) {
  const samples = text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const [, name, labelText = '', value] = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line)!;
    const labels: Labels = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    return { name: name!, labels, value: Number(value) };
  });
  const same = (a: Labels, b: Labels) => Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);
  return {
    value: (name: string, labels: Labels = {}) => samples.find((s) => s.name === name && same(s.labels, labels))?.value,
    names: new Set(samples.map((s) => s.name)),
  };
}

const rich = SEED_USERS.retailRich;

describe('GET /metrics', () => {
  let gw: TestGateway;
  const scrape = async () => {
    const res = await fetch(`${gw.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseMetrics(await res.text());
  };

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('counts operations by name and outcome, with latency histograms and error codes', async () => {
    await gw.query('query Dashboard { viewer { accounts { id } } }', {}, rich);
    await gw.query('query Dashboard { viewer { accounts { id } } }', {}, rich);
    gw.sandbox.setFaults([{ route: 'recipients', kind: 'status', status: 503, code: 'REC_99999', message: 'down' }]);
    await gw.query('query Payees { viewer { recipients { id } } }', {}, rich);
    gw.sandbox.clearFaults();
    await gw.query('query Dashboard { viewer { id } }', {}, 'not-a-jwt');

    const m = await scrape();
    const dashboardOk = { operation: 'Dashboard', type: 'query', outcome: 'ok' };
    expect(m.value('gateway_graphql_operations_total', dashboardOk)).toBe(2);
    expect(m.value('gateway_graphql_operations_total', { operation: 'Payees', type: 'query', outcome: 'error' })).toBe(1);
    // A rejected token never reaches document resolution: its name is not trusted as a label.
    expect(m.value('gateway_graphql_operations_total', { operation: '(unresolved)', type: 'unknown', outcome: 'error' })).toBe(1);
    expect(m.value('gateway_graphql_errors_total', { code: 'UPSTREAM_UNAVAILABLE' })).toBe(1);
    expect(m.value('gateway_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(m.value('gateway_graphql_operation_duration_seconds_count', dashboardOk)).toBe(2);
    expect(m.value('gateway_graphql_operation_duration_seconds_bucket', { ...dashboardOk, le: '+Inf' })).toBe(2);
    expect(m.value('gateway_graphql_operation_duration_seconds_sum', dashboardOk)).toBeGreaterThan(0);
  });

  it('counts every upstream attempt by service, status and outcome (retries and token calls included)', async () => {
    const m = await scrape();
    const log = gw.sandbox.requests();
    const count = (route: string, status: number) => log.filter((r) => r.route === route && r.status === status).length;
    expect(m.value('gateway_upstream_calls_total', { service: 'token', method: 'POST', status: '200', outcome: 'ok' })).toBe(count('token', 200));
    expect(m.value('gateway_upstream_calls_total', { service: 'accounts', method: 'GET', status: '200', outcome: 'ok' })).toBe(count('accounts', 200));
    const failed503 = count('recipients', 503);
    expect(failed503).toBeGreaterThan(1);
    expect(m.value('gateway_upstream_calls_total', { service: 'recipients', method: 'GET', status: '503', outcome: 'retry' })).toBe(failed503 - 1);
    expect(m.value('gateway_upstream_calls_total', { service: 'recipients', method: 'GET', status: '503', outcome: 'error' })).toBe(1);
    expect(m.value('gateway_upstream_call_duration_seconds_count', { service: 'accounts', outcome: 'ok' })).toBe(count('accounts', 200));
    expect(m.value('gateway_token_refreshes_total', { reason: 'initial', outcome: 'ok' })).toBe(1);
  });

  it('observes DataLoader batch sizes', async () => {
    gw.resetCalls();
    await gw.query('{ viewer { accounts(filter: { categories: [DEPOSIT] }) { transactions(first: 1) { totalCount } } } }', {}, rich);
    const fetched = gw.upstreamCalls().filter((call) => call.route === 'transactions').length;
    expect(fetched).toBeGreaterThan(1);
    const m = await scrape();
    expect(m.value('gateway_dataloader_batch_size_count', { loader: 'transactions' })).toBe(1);
    expect(m.value('gateway_dataloader_batch_size_sum', { loader: 'transactions' })).toBe(fetched);
  });

  it('exposes the circuit breaker states it is given and the default process metrics', async () => {
    gw.observability.watchBreakers(() => ({ accounts: 'open', recipients: 'half-open', transactions: 'closed' }));
    const m = await scrape();
    expect(m.value('gateway_upstream_breaker_state', { service: 'accounts' })).toBe(2);
    expect(m.value('gateway_upstream_breaker_state', { service: 'recipients' })).toBe(1);
    expect(m.value('gateway_upstream_breaker_state', { service: 'transactions' })).toBe(0);
    for (const name of ['process_resident_memory_bytes', 'process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
      expect(m.names.has(name)).toBe(true);
    }
  });

  it('keeps each gateway\'s metrics in its own registry', async () => {
    const other = await createObservability(loadObservabilityConfig({ LOG_LEVEL: 'silent' }));
    expect(await other.metrics.registry!.metrics()).not.toContain('operation="Dashboard"');
    expect(register.getSingleMetric('gateway_graphql_operations_total')).toBeUndefined();
  });
});

describe('GET /readyz', () => {
  let gw: TestGateway;
  const ready = async () => {
    const res = await fetch(`${gw.url}/readyz`);
    return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
  };
  const tokenCalls = () => gw.sandbox.requests().filter((r) => r.route === 'token').length;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { READINESS_CACHE_MS: '60000', METRICS_ENABLED: 'false' } });
  });
  afterAll(() => gw.close());

  it('is ready once a bank token is obtained, and concurrent or repeated probes reuse the answer', async () => {
    const answers = await Promise.all([ready(), ready(), ready()]);
    expect(answers).toEqual(Array(3).fill({ status: 200, body: { status: 'ready' } }));
    expect(tokenCalls()).toBe(1);
    // Even with the token gone and the token endpoint down, the cached answer stands until it expires.
    gw.bank.tokens.invalidate(await gw.bank.tokens.getToken());
    gw.sandbox.setFaults([{ route: 'token', kind: 'status', status: 503, code: 'TOK_1', message: 'down' }]);
    expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
    expect(tokenCalls()).toBe(1);
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
  });

  it('answers 404 for /metrics when METRICS_ENABLED=false', async () => {
    expect((await fetch(`${gw.url}/metrics`)).status).toBe(404);
  });

  it('is not ready (503 with a reason) when no token can be obtained, and ready again when the bank recovers', async () => {
    const probing = await startTestGateway({ env: { READINESS_CACHE_MS: '0' } });
    try {
      const check = async () => {
        const res = await fetch(`${probing.url}/readyz`);
        return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
      };
      probing.sandbox.setFaults([{ route: 'token', kind: 'status', status: 503, code: 'TOK_1', message: 'down' }]);
      const down = await check();
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('not-ready');
      // Unauthenticated and on the public port: a fixed reason, never the bank's host, status or message.
      expect(down.body).toEqual({ status: 'not-ready', reason: 'bank token unavailable' });
      probing.sandbox.clearFaults();
      expect(await check()).toEqual({ status: 200, body: { status: 'ready' } });

      probing.gateway.readiness.setDraining();
      expect(await check()).toEqual({ status: 503, body: { status: 'not-ready', reason: 'draining' } });
      // Draining only affects readiness: liveness stays green so the orchestrator does not kill in-flight work.
      expect((await fetch(`${probing.url}/healthz`)).status).toBe(200);
    } finally {
      await probing.close();
    }
  });
});
