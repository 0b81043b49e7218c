import { createRequire } from 'node:module';
import type PinoPretty from 'pino-pretty';
import { describe, expect, it } from 'vitest';
import { prettyDestination, prettyOptions } from '../../src/observability/pretty.js';

const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;

function written(colorize: boolean, line: Record<string, unknown>): string {
  let text = '';
  prettyDestination({ write: (chunk: string) => void (text += chunk) }, colorize).write(JSON.stringify(line));
  return text;
}

const operation = {
  pid: 7,
  hostname: 'dev',
  service: 'candescent-accounts-graphql',
  time: Date.UTC(2026, 11, 7, 9, 5, 3, 42),
  msg: 'operation',
  operation: 'Dashboard',
  outcome: 'partial',
  status: 200,
  durationMs: 12.5,
  upstreamCount: 3,
  errorCodes: ['UPSTREAM_TIMEOUT'],
};

describe('prettyDestination', () => {
  // The fast path for operation lines must not drift from what pino-pretty itself prints for them.
  it.each([30, 40, 50])('prints an operation line at level %i exactly as pino-pretty would', (level) => {
    for (const colorize of [false, true]) {
      const reference = prettyFactory(prettyOptions(colorize));
      const line = { ...operation, level };
      expect(written(colorize, line)).toBe(reference(line));
    }
  });

  it('hands every other line to pino-pretty, message only', () => {
    const text = written(false, { level: 40, time: operation.time, msg: 'upstream circuit breaker accounts: closed -> open', breaker: { service: 'accounts' } });
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: upstream circuit breaker accounts: closed -> open\n$/);
  });
});
