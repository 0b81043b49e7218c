import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('pretty logs (dev mode on a terminal)', () => {
  let text = '';
  const terminal = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ env: { LOG_LEVEL: 'info' }, observability: { logDestination: terminal, prettyLogs: true } });
  });
  afterAll(() => gw.close());

  it('writes one short human line per operation: name, outcome, status, duration, bank calls', async () => {
    text = '';
    const res = await gw.query('query Dashboard { viewer { accounts { id } recipients { id } } }', {}, SEED_USERS.retailRich);
    expect(res.body.errors).toBeUndefined();
    await expect.poll(() => text).toContain('Dashboard');
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Dashboard ok 200 \d+(\.\d)? ms, 2 bank calls$/);
  });

  it('names the error codes of a failed operation on the same line', async () => {
    text = '';
    await gw.query('query Broken { viewer { account(id: "nope") { id } } }', {}, SEED_USERS.retailRich);
    await expect.poll(() => text).toContain('Broken');
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toEqual([expect.stringMatching(/ Broken partial 200 \S+ ms, 0 bank calls \[NOT_FOUND\]$/)]);
  });
});
