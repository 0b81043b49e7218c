import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadObservabilityConfig } from '../../src/observability/config.js';
import { createObservability } from '../../src/observability/index.js';
import { SEED_USERS } from '../../src/sandbox/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const imported = vi.hoisted(() => ({ sdk: 0 }));
vi.mock('@opentelemetry/sdk-trace-base', async (original) => {
  imported.sdk++;
  return original();
});

describe('tracing off (the default)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('never imports the OpenTelemetry SDK while serving operations', async () => {
    const res = await gw.query('query Dashboard { viewer { accounts { id } } }', {}, SEED_USERS.retailRich);
    expect(res.body.data!.viewer.accounts.length).toBeGreaterThan(0);
    expect(imported.sdk).toBe(0);
    // Control: turning tracing on is what loads it.
    const traced = await createObservability(loadObservabilityConfig({ LOG_LEVEL: 'silent', OTEL_ENABLED: 'true' }), {
      spanExporter: { export: (_spans, done) => done({ code: 0 }), shutdown: async () => undefined },
    });
    expect(imported.sdk).toBe(1);
    await traced.shutdown();
  });
});
