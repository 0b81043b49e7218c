import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAccounts } from '../../src/upstream/accounts.js';
import { createBankClient } from '../../src/upstream/client.js';
import type { BankClient, UpstreamCallEvent } from '../../src/upstream/client.js';
import { UpstreamError } from '../../src/upstream/errors.js';
import { idsFilter } from '../../src/upstream/odata.js';
import { createRecipient } from '../../src/upstream/recipients.js';
import { startFakeBank, tokenNumber } from './fake-bank.js';
import type { FakeBank } from './fake-bank.js';
import { expectNoSecrets } from './secrets.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const retail = { userId: '1000000001', idType: 'hostUserId' } as const;

describe.each(['node-fetch', 'undici'] as const)('bank client requests over %s', (http) => {
  let bank: FakeBank;
  let client: BankClient;
  let events: UpstreamCallEvent[];

  beforeAll(async () => {
    bank = await startFakeBank();
  });
  afterAll(() => bank.close());
  beforeEach(() => {
    bank.reset();
    events = [];
    client = createBankClient(bank.config({ http }));
  });
  afterEach(() => client.close());

  const ctx = () => ({ client, user: retail, call: { onCall: (e: UpstreamCallEvent) => events.push(e) } });

  it('sends the bearer token, a fresh transactionId, institutionId and Accept on every call', async () => {
    await listAccounts(ctx());
    await listAccounts(ctx());
    const [a, b] = bank.resources();
    for (const request of [a!, b!]) {
      expect(request.headers.authorization).toBe(`Bearer ${tokenNumber(1)}`);
      expect(request.headers.transactionid).toMatch(UUID);
      expect(request.headers.institutionid).toBe('00016');
      expect(request.headers.accept).toBe('application/json');
      expect(request.headers['content-type']).toBeUndefined();
    }
    expect(a!.headers.transactionid).not.toBe(b!.headers.transactionid);
    expect(events.map((e) => [e.status, e.outcome, e.transactionId])).toEqual([
      [200, 'ok', a!.headers.transactionid], [200, 'ok', b!.headers.transactionid],
    ]);
  });

  it('keeps $filter literal, encodes values and path ids, and leaves out absent parameters', async () => {
    await listAccounts(ctx(), { filter: idsFilter(["a b", "O'Brien&x=1"]), viewName: 'm', crossAccount: false });
    expect(bank.resources()[0]!.path).toBe('/db-accounts/v1/accounts');
    expect(bank.resources()[0]!.rawQuery).toBe(
      // The WHATWG URL parser of both HTTP clients percent-encodes the quote; a server decodes it back.
      'hostUserId=1000000001&viewName=m&crossAccount=false&$filter=id%20eq%20%27a%20b%27%20or%20id%20eq%20%27O%27%27Brien%26x%3D1%27',
    );
    await client.request({ service: 'accounts', method: 'GET', id: 'a/b?c', query: { x: undefined } });
    expect(bank.resources()[1]!.path).toBe('/db-accounts/v1/accounts/a%2Fb%3Fc');
    expect(bank.resources()[1]!.rawQuery).toBe('');
  });

  it('sends JSON bodies with Content-Type', async () => {
    bank.onResource(() => ({ status: 200, json: { recipients: [{ id: 'r1', nickName: 'Mum' }] } }));
    await createRecipient(ctx(), { nickName: 'Mum' }, { validate: true, fromAccountId: 'acc-1' });
    const [post] = bank.resources();
    expect(post!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post!.body)).toEqual({ nickName: 'Mum' });
    expect(post!.rawQuery).toBe('hostUserId=1000000001&validate=true&fromAccountId=acc-1');
    expect(post!.headers.transactionid).toMatch(UUID);
  });

  it.each(['GET', 'POST'] as const)('answers a 401 on %s with one token refresh and one retry', async (method) => {
    bank.onResource((r) => r.headers.authorization === `Bearer ${tokenNumber(1)}`
      ? { status: 401, json: { code: 'ACC_00601', message: 'Invalid JWT token' } }
      : { status: 200, json: { accounts: [] } });
    const response = await client.request({ service: 'accounts', method, body: method === 'POST' ? {} : undefined });
    expect(response.status).toBe(200);
    expect(bank.tokens()).toHaveLength(2);
    expect(bank.resources()).toHaveLength(2);
  });

  it('gives up after the single 401 retry instead of looping', async () => {
    bank.onResource(() => ({ status: 401, json: { code: 'ACC_00601', message: 'Invalid JWT token' } }));
    const error = await listAccounts(ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'ACC_00601', retryable: false });
    expect(bank.tokens()).toHaveLength(2);
    expect(events.map((e) => e.outcome)).toEqual(['retry', 'error']);
  });

  it('refreshes once when 50 parallel calls all hit 401 with the same token', async () => {
    bank.onResource((r) => r.headers.authorization === `Bearer ${tokenNumber(1)}`
      ? { status: 401, json: { code: 'ACC_00601', message: 'Invalid JWT token' } }
      : { status: 200, json: { accounts: [] } });
    await client.tokens.getToken();
    await Promise.all(Array.from({ length: 50 }, () => listAccounts(ctx())));
    expect(bank.tokens()).toHaveLength(2);
    expect(bank.resources()).toHaveLength(100);
  });

  it('maps an error body to status, bank code and message without the query or the token', async () => {
    bank.onResource(() => ({
      status: 404,
      json: { code: 'ACC_00012', message: `Data not found for /v1/accounts?hostUserId=1000000001 (${tokenNumber(1)})` },
    }));
    const error = await client.request({ service: 'accounts', method: 'GET', id: 'x', query: { hostUserId: '1000000001' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ service: 'accounts', kind: 'http', status: 404, code: 'ACC_00012', retryable: false });
    expect((error as UpstreamError).message).toContain('accounts GET /db-accounts/v1/accounts/x: HTTP 404 ACC_00012 Data not found');
    expect((error as UpstreamError).transactionId).toBe(bank.resources()[0]!.headers.transactionid);
    expectNoSecrets(error, ['1000000001']);
  });

  it.each([
    { label: 'a non-JSON 200', reply: { status: 200, text: '<html>Service Unavailable</html>' } },
    { label: 'a 200 of the wrong shape', reply: { status: 200, json: { items: [] } } },
    { label: 'an empty 200', reply: { status: 200, text: '' } },
  ])("turns $label into a typed 'invalid-body' error", async ({ reply }) => {
    bank.onResource(() => reply);
    const error = await listAccounts(ctx()).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid-body', status: 200, retryable: false });
    expect(bank.resources()).toHaveLength(1);
    expect(events.map((e) => e.outcome)).toEqual(['error']);
  });

  it('reports a caller abort as a non-retryable timeout without further attempts', async () => {
    bank.onResource(() => 'hang');
    const controller = new AbortController();
    const pending = client.request({ service: 'accounts', method: 'GET' }, { signal: controller.signal });
    await expect.poll(() => bank.resources().length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'timeout', retryable: false, message: expect.stringContaining('caller') });
    expect(bank.resources()).toHaveLength(1);
  });

  it('reuses keep-alive connections and opens no more than UPSTREAM_MAX_SOCKETS', async () => {
    await client.close();
    client = createBankClient(bank.config({ http, maxSockets: 4 }));
    await client.tokens.getToken();
    bank.reset();
    bank.onResource(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return { status: 200, json: { accounts: [] } };
    });
    await Promise.all(Array.from({ length: 40 }, () => listAccounts(ctx())));
    for (let i = 0; i < 10; i++) await listAccounts(ctx());
    expect(bank.resources()).toHaveLength(50);
    expect(bank.connections()).toBeLessThanOrEqual(4);
  });

  it('revokes its token on close', async () => {
    const token = await client.tokens.getToken();
    await client.close();
    const revoke = bank.log.find((r) => r.route === 'revoke');
    expect(new URLSearchParams(revoke!.body).get('token')).toBe(token);
  });
});
