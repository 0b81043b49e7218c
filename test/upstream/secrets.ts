import { inspect } from 'node:util';
import { expect } from 'vitest';
import { SECRET } from './fake-bank.js';

/** Every rendering of an error someone might log: JSON, message, stack, util.inspect (includes cause). */
export function renderError(error: unknown): string {
  const e = error as Error;
  return [JSON.stringify(error), e?.message, e?.stack, inspect(error, { depth: 5 })].join('\n');
}

/**
 * The client secret (also base64-encoded inside Basic credentials), the fake bank's tokens and the
 * sandbox's tokens (passed in) must never show up; neither may the query string, which carries user ids.
 */
export function expectNoSecrets(error: unknown, extra: string[] = []): void {
  const text = renderError(error);
  const forbidden = [
    SECRET, Buffer.from(`fake-client:${SECRET}`).toString('base64'), 'a8Fq0ZrLx2Kd9WbN',
    'sandbox-secret', Buffer.from('sandbox-client:sandbox-secret').toString('base64'),
    'hostUserId=', 'loginId=', ...extra,
  ];
  for (const needle of forbidden) expect(text).not.toContain(needle);
}
