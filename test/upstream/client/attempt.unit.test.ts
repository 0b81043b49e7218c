import { afterEach, describe, expect, it, vi } from 'vitest';
import { attemptEvent, parseBody, sendAttempt } from '../../../src/upstream/client/attempt.js';
import type { Attempt } from '../../../src/upstream/client/attempt.js';
import { Deadline } from '../../../src/upstream/client/deadline.js';
import { NetworkError } from '../../../src/upstream/transport.js';
import type { Transport, TransportRequest, TransportResponse } from '../../../src/upstream/transport.js';
import { renderError } from '../secrets.js';
import { preparedCall } from './fixtures.js';

const TOKEN = 'bearer-token-value';
const config = { institutionId: '00016', timeoutMs: 500, clientSecret: 'client-secret-value' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Answers every request with `answer`, keeping what was sent. */
function fakeTransport(answer: (request: TransportRequest) => Promise<TransportResponse>) {
  const sent: TransportRequest[] = [];
  const transport: Transport = {
    send: (request) => {
      sent.push(request);
      return answer(request);
    },
    close: async () => undefined,
  };
  return { transport, sent };
}
const reply = (status: number, body: unknown = {}, headers: Record<string, string> = {}) => async (): Promise<TransportResponse> =>
  ({ status, headers, bodyText: typeof body === 'string' ? body : JSON.stringify(body) });
/** Like the real transports: a request whose signal aborts fails with the signal's reason. */
const hang = (request: TransportRequest) =>
  new Promise<never>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
const attempt = (transport: Transport, call = preparedCall(), deadline = new Deadline(call, 20_000)) =>
  sendAttempt(transport, config, call, TOKEN, 1, deadline);
const failed = (result: Attempt) => {
  if (result.ok) throw new Error('expected a failed attempt');
  return result.error;
};

afterEach(() => vi.useRealTimers());

describe('sendAttempt', () => {
  it('sends the bearer token, a fresh trace id, institutionId and Accept, and Content-Type only with a body', async () => {
    const { transport, sent } = fakeTransport(reply(200));
    const first = await attempt(transport);
    const second = await sendAttempt(transport, config, preparedCall({ method: 'POST', body: '{}' }), TOKEN, 2,
      new Deadline(preparedCall(), 20_000));
    expect(sent[0]).toMatchObject({ method: 'GET', url: preparedCall().url, body: undefined });
    expect(sent[0]!.headers).toEqual({ Authorization: `Bearer ${TOKEN}`, transactionId: first.transactionId, institutionId: '00016', Accept: 'application/json' });
    expect(sent[1]!.headers).toMatchObject({ transactionId: second.transactionId, 'Content-Type': 'application/json' });
    expect(first.transactionId).toMatch(UUID);
    expect(second.transactionId).not.toBe(first.transactionId);
    expect([first, second].map((a) => [a.ok, a.number, a.status])).toEqual([[true, 1, 200], [true, 2, 200]]);
  });

  it('turns an error answer into an HTTP error with the bank\'s code, scrubbed of the query, the token and the secret', async () => {
    const message = `Bad request /v1/accounts?hostUserId=1000000001 with ${TOKEN} and ${config.clientSecret}`;
    const { transport } = fakeTransport(reply(400, { code: 'ACC_00011', message }));
    const result = await attempt(transport);
    const error = failed(result);
    expect(result).toMatchObject({ status: 400, response: { status: 400 } });
    expect(error).toMatchObject({ service: 'accounts', kind: 'http', status: 400, code: 'ACC_00011', retryable: false, transactionId: result.transactionId });
    expect(error.message).toMatch(/^accounts GET \/v1\/accounts: HTTP 400 ACC_00011 Bad request \/v1\/accounts\?…/);
    for (const secret of [TOKEN, config.clientSecret, 'hostUserId=']) expect(renderError(error)).not.toContain(secret);
  });

  it.each([[503, true], [500, true], [429, true], [408, true], [404, false]])('marks HTTP %i retryable: %s', async (status, retryable) => {
    expect(failed(await attempt(fakeTransport(reply(status, 'not json')).transport))).toMatchObject({ status, retryable, code: undefined });
  });

  it('turns a dropped connection into a retryable network error that names only the socket code', async () => {
    const { transport } = fakeTransport(() => Promise.reject(new NetworkError('ECONNRESET')));
    const result = await attempt(transport);
    expect(result.status).toBe(0);
    expect(failed(result)).toMatchObject({ kind: 'network', status: 0, retryable: true, message: 'accounts GET /v1/accounts: connection failed (ECONNRESET)' });
  });

  it('gives up on a hanging attempt after UPSTREAM_TIMEOUT_MS with a retryable timeout', async () => {
    vi.useFakeTimers();
    const { transport, sent } = fakeTransport(hang);
    const result = attempt(transport);
    await vi.advanceTimersByTimeAsync(config.timeoutMs);
    expect(failed(await result)).toMatchObject({ kind: 'timeout', status: 0, retryable: true, message: 'accounts GET /v1/accounts: timed out after 500 ms' });
    expect(sent[0]!.signal.aborted).toBe(true);
  });

  it('ends the attempt as soon as the caller hangs up', async () => {
    const caller = new AbortController();
    const result = attempt(fakeTransport(hang).transport, preparedCall(), new Deadline(preparedCall(), 20_000, caller.signal));
    caller.abort();
    expect(failed(await result)).toMatchObject({ kind: 'timeout' });
  });

  it('ends the attempt at the call\'s deadline when that comes before UPSTREAM_TIMEOUT_MS', async () => {
    vi.useFakeTimers();
    const deadline = new Deadline(preparedCall(), 300);
    const result = attempt(fakeTransport(hang).transport, preparedCall(), deadline);
    await vi.advanceTimersByTimeAsync(300);
    expect(failed(await result)).toMatchObject({ kind: 'timeout' });
    expect(deadline.signal.aborted).toBe(true);
  });
});

describe('parseBody', () => {
  const ok = (bodyText: string): TransportResponse => ({ status: 200, headers: {}, bodyText });

  it('parses the JSON of a 2xx answer, and passes it through the shape check', () => {
    expect(parseBody(preparedCall({ validate: (b) => Array.isArray((b as { accounts?: unknown }).accounts) }), ok('{"accounts":[]}'), 'tx'))
      .toEqual({ accounts: [] });
  });

  it.each([
    { label: 'not JSON', bodyText: '<html>', validate: undefined },
    { label: 'empty', bodyText: '', validate: undefined },
    { label: 'of the wrong shape', bodyText: '{"items":[]}', validate: () => false },
  ])('returns a final invalid-body error for a body $label', ({ bodyText, validate }) => {
    expect(parseBody(preparedCall({ validate }), ok(bodyText), 'tx')).toMatchObject({
      kind: 'invalid-body', status: 200, retryable: false, transactionId: 'tx', message: 'accounts GET /v1/accounts: HTTP 200 with a body that is not the expected JSON',
    });
  });

  it('ignores the body of a call that expects none', () => {
    expect(parseBody(preparedCall({ expectBody: false }), ok('<html>'), 'tx')).toBeUndefined();
  });
});

describe('attemptEvent', () => {
  it('reports the attempt by path, never the query, with its trace id, number, status and duration', async () => {
    vi.useFakeTimers();
    const result = await attempt(fakeTransport(reply(503)).transport);
    vi.advanceTimersByTime(40);
    expect(attemptEvent(preparedCall(), result, 'retry')).toEqual({
      service: 'accounts', method: 'GET', path: '/v1/accounts', status: 503, transactionId: result.transactionId, attempt: 1,
      outcome: 'retry', durationMs: 40,
    });
  });
});
