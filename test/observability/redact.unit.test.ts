import { describe, expect, it } from 'vitest';
import { loadObservabilityConfig } from '../../src/observability/config.js';
import { apolloLogger, createLogger, createViewerHasher } from '../../src/observability/logger.js';
import { createScrubber, scrubText } from '../../src/observability/redact.js';
import { captureLogs } from './capture.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDAwMDAwMDAxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const BANK_TOKEN = 'DJKgLhNfaQL6FXs1OxJAfaxUyw-U';

describe('scrubbing free text', () => {
  it('cuts JWTs, Authorization values, opaque tokens, key=value secrets and known secrets', () => {
    const scrub = createScrubber(['sandbox-secret', 'abc']);
    const text = scrub(`Authorization: Bearer ${BANK_TOKEN}; Basic c2FuZGJveDpzZWNyZXQ= jwt=${JWT} `
      + `access_token=${BANK_TOKEN} client_secret: "sandbox-secret" token ${BANK_TOKEN} abc`);
    for (const leaked of [JWT, BANK_TOKEN, 'c2FuZGJveDpzZWNyZXQ=', 'sandbox-secret']) expect(text).not.toContain(leaked);
    expect(text).toContain('Bearer [redacted]');
    expect(text).toContain('[jwt]');
    // Too short to cut out verbatim without mangling ordinary words.
    expect(text).toMatch(/abc$/);
  });

  it('masks long digit runs to the last four and leaves trace ids and short numbers alone', () => {
    const text = scrubText('account 123456789012 and 1000000001, HTTP 503, txn 4d05efad-5096-4868-a997-9d8c6a85c8e4');
    expect(text).toBe('account ****9012 and ****0001, HTTP 503, txn 4d05efad-5096-4868-a997-9d8c6a85c8e4');
  });
});

describe('the logger', () => {
  it('redacts secret fields by path and masks account numbers, at the top level and nested', () => {
    const logs = captureLogs();
    const logger = createLogger({ level: 'info', destination: logs.stream, scrub: createScrubber(['sandbox-secret']) });
    logger.info({
      authorization: `Bearer ${JWT}`,
      headers: { authorization: `Bearer ${JWT}`, 'x-request-id': 'r1' },
      req: { headers: { authorization: 'Basic xyz', cookie: 'session=1' } },
      config: { clientSecret: 'sandbox-secret', token: BANK_TOKEN },
      account: { accountNumber: '123456789012', recipient: { accountNumber: '998877665544' } },
    }, 'request with secrets');
    const [line] = logs.lines();
    expect(line).toMatchObject({
      authorization: '[redacted]',
      headers: { authorization: '[redacted]', 'x-request-id': 'r1' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]' } },
      config: { clientSecret: '[redacted]', token: '[redacted]' },
      account: { accountNumber: '****9012', recipient: { accountNumber: '****5544' } },
    });
    expect(logs.text()).not.toMatch(/sandbox-secret|eyJ|123456789012|998877665544/);
  });

  it('scrubs messages, errors (message and stack) and Apollo Server\'s own lines', () => {
    const logs = captureLogs();
    const logger = createLogger({ level: 'debug', destination: logs.stream, scrub: createScrubber(['sandbox-secret']) });
    logger.warn(`token refresh failed for sandbox-secret with ${BANK_TOKEN}`);
    logger.error({ err: new Error(`bank said: Bearer ${BANK_TOKEN} for 123456789012`) }, 'boom');
    const apollo = apolloLogger(logger);
    apollo.error(new Error(`resolver failed with ${JWT}`));
    apollo.info(`Apollo message with Bearer ${BANK_TOKEN}`);
    const lines = logs.lines();
    expect(lines).toHaveLength(4);
    expect(lines[1]!.err.message).toBe('bank said: Bearer [redacted] for ****9012');
    expect(lines[1]!.err.stack).toContain('bank said: Bearer [redacted]');
    expect(lines[2]).toMatchObject({ component: 'apollo', level: 50 });
    expect(lines[3]).toMatchObject({ component: 'apollo', level: 30, msg: 'Apollo message with Bearer [redacted]' });
    expect(logs.text()).not.toMatch(new RegExp(`sandbox-secret|${BANK_TOKEN}|eyJ|123456789012`));
  });

  it('hashes viewers with a per-process key: stable within a process, different across processes', () => {
    const hash = createViewerHasher();
    expect(hash('hostUserId', '1000000001')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash('hostUserId', '1000000001')).toBe(hash('hostUserId', '1000000001'));
    expect(hash('hostUserId', '1000000001')).not.toBe(hash('loginId', '1000000001'));
    expect(createViewerHasher()('hostUserId', '1000000001')).not.toBe(hash('hostUserId', '1000000001'));
  });
});

describe('observability configuration', () => {
  it('defaults: info logs (silent under test), metrics on, 5 s readiness cache, tracing off', () => {
    expect(loadObservabilityConfig({})).toEqual({
      logLevel: 'info', metricsEnabled: true, readinessCacheMs: 5000,
      tracing: { enabled: false, serviceName: 'candescent-accounts-graphql', otlpTracesUrl: undefined },
    });
    expect(loadObservabilityConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
  });

  it('turns tracing on with OTEL_ENABLED or an OTLP endpoint, and OTEL_ENABLED=false wins', () => {
    expect(loadObservabilityConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing)
      .toMatchObject({ enabled: true, otlpTracesUrl: 'http://collector:4318/v1/traces' });
    expect(loadObservabilityConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c/traces' }).tracing.otlpTracesUrl).toBe('http://c/traces');
    expect(loadObservabilityConfig({ OTEL_ENABLED: 'true' }).tracing.enabled).toBe(true);
    expect(loadObservabilityConfig({ OTEL_ENABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c' }).tracing.enabled).toBe(false);
  });

  it('names the variable in configuration errors', () => {
    expect(() => loadObservabilityConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadObservabilityConfig({ METRICS_ENABLED: 'yes' })).toThrow(/METRICS_ENABLED/);
    expect(() => loadObservabilityConfig({ READINESS_CACHE_MS: '-1' })).toThrow(/READINESS_CACHE_MS/);
  });
});
