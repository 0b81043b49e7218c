import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBankClient } from '../../src/upstream/client.js';
import type { BankClient, UpstreamCallEvent } from '../../src/upstream/client.js';
import type { UpstreamConfig } from '../../src/upstream/config.js';
import { issueToken, startFakeBank } from './fake-bank.js';
import type { FakeBank, Reply } from './fake-bank.js';
import { expectNoSecrets } from './secrets.js';

const ok: Reply = { status: 200, json: { accounts: [] } };
const unavailable: Reply = { status: 503, json: { code: 'ACC_99999', message: 'Error in Accounts Service' } };
/** Replies in order, then `ok` for every later call. */
const script = (...replies: Reply[]) => (_r: unknown, index: number) => replies[index] ?? ok;

describe.each(['node-fetch', 'undici'] as const)('bank client retries over %s', (http) => {
  let bank: FakeBank;
  let client: BankClient;
  let events: UpstreamCallEvent[];
  const start = (overrides: Partial<UpstreamConfig> = {}) => {
    client = createBankClient(bank.config({ http, ...overrides }));
  };
  const get = () => client.request({ service: 'accounts', method: 'GET' }, { onCall: (e) => events.push(e) });
  const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a failure'), (e: unknown) => e);

  beforeAll(async () => {
    bank = await startFakeBank();
  });
  afterAll(() => bank.close());
  beforeEach(() => {
    bank.reset();
    events = [];
    start();
  });
  afterEach(() => client.close());

  it('retries a GET on 503 and on the gateway quota 500, with a new transactionId each time', async () => {
    bank.onResource(script(unavailable, { status: 500, json: { code: 'CMN_90001', message: 'Quota limit violation' } }));
    expect((await get()).status).toBe(200);
    const ids = bank.resources().map((r) => r.headers.transactionid);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(events.map((e) => [e.attempt, e.status, e.outcome])).toEqual([[1, 503, 'retry'], [2, 500, 'retry'], [3, 200, 'ok']]);
  });

  it('stops after UPSTREAM_MAX_RETRIES and reports the last answer as retryable', async () => {
    bank.onResource(() => unavailable);
    const error = await failure(get());
    expect(error).toMatchObject({ kind: 'http', status: 503, code: 'ACC_99999', retryable: true });
    expect(bank.resources()).toHaveLength(3);
    expectNoSecrets(error);
  });

  it('honours Retry-After on a 429: the retry starts no earlier than the bank asked', async () => {
    bank.onResource(script({ status: 429, headers: { 'retry-after': '1' }, json: { code: 'RATE', message: 'slow down' } }));
    expect((await get()).status).toBe(200);
    const [limited, retried] = bank.resources();
    expect(retried!.startedAt - limited!.finishedAt!).toBeGreaterThanOrEqual(1_000);
  });

  // Waiting and retrying would show a second call; waiting out the deadline instead would end in a timeout error.
  it('fails at once with the 429 when Retry-After is beyond what it may wait', async () => {
    bank.onResource(() => ({ status: 429, headers: { 'retry-after': '30' }, json: { code: 'RATE', message: 'later' } }));
    expect(await failure(get())).toMatchObject({ kind: 'http', status: 429, retryable: true });
    expect(bank.resources()).toHaveLength(1);
    expect(events.map((e) => [e.attempt, e.status, e.outcome])).toEqual([[1, 429, 'error']]);
  });

  it('times out a hanging call per attempt and gives up within the overall deadline', async () => {
    start({ timeoutMs: 150, deadlineMs: 400 });
    bank.onResource(() => 'hang');
    const error = await failure(get());
    expect(error).toMatchObject({ kind: 'timeout', status: 0, message: expect.stringMatching(/deadline of 400 ms exceeded|timed out after 150 ms/) });
    // How many 150 ms attempts fit before the deadline depends on the machine's load; never more than the retries allow.
    const attempts = bank.resources().length;
    expect(attempts).toBeGreaterThanOrEqual(1);
    expect(attempts).toBeLessThanOrEqual(3);
    expect(events.map((e) => e.status)).toEqual(Array.from({ length: attempts }, () => 0));
    expect(events.at(-1)!.outcome).toBe('error');
    expectNoSecrets(error);
  });

  it('recovers from one hang by retrying the GET', async () => {
    start({ timeoutMs: 150 });
    bank.onResource(script('hang'));
    expect((await get()).status).toBe(200);
    expect(events.map((e) => [e.status, e.outcome])).toEqual([[0, 'retry'], [200, 'ok']]);
  });

  it('surfaces a dropped connection as a network error and retries the GET', async () => {
    bank.onResource(() => 'drop');
    const error = await failure(get());
    expect(error).toMatchObject({ kind: 'network', status: 0, retryable: true });
    expect((error as Error).message).toMatch(/connection failed \([A-Z_]+\)/);
    expect(bank.resources()).toHaveLength(3);
    expectNoSecrets(error);
    bank.onResource(script('drop'));
    expect((await get()).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('never retries a %s', async (method) => {
    const call = () => client.request({ service: 'recipients', method, id: method === 'POST' ? undefined : 'r1', body: {} });
    for (const reply of [unavailable, 'drop', { status: 429, headers: { 'retry-after': '0' }, json: {} }] as Reply[]) {
      bank.log.length = 0;
      bank.onResource(() => reply);
      expect(await failure(call())).toMatchObject({ retryable: true });
      expect(bank.resources()).toHaveLength(1);
    }
  });

  it('retries a GET whose token request failed transiently', async () => {
    bank.onToken((request, index) => (index === 0 ? unavailable : issueToken()(request, index)));
    expect((await get()).status).toBe(200);
    expect(bank.tokens()).toHaveLength(2);
    expect(bank.resources()).toHaveLength(1);
  });

  it('does not retry a POST whose token request failed', async () => {
    bank.onToken(() => unavailable);
    const error = await failure(client.request({ service: 'recipients', method: 'POST', body: {} }));
    expect(error).toMatchObject({ kind: 'token', status: 503, retryable: true });
    expect(bank.tokens()).toHaveLength(1);
    expect(bank.resources()).toHaveLength(0);
  });
});
