import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/upstream/errors.js';
import { createTokenProvider } from '../../src/upstream/token-provider.js';
import type { TokenProvider, TokenRefreshEvent } from '../../src/upstream/token-provider.js';
import { createTransport } from '../../src/upstream/transport.js';
import type { Transport } from '../../src/upstream/transport.js';
import { SECRET, issueToken, startFakeBank, tokenNumber } from './fake-bank.js';
import type { FakeBank } from './fake-bank.js';
import { expectNoSecrets } from './secrets.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(['node-fetch', 'undici'] as const)('token provider over %s', (http) => {
  let bank: FakeBank;
  let transport: Transport;
  let clock: number;
  let events: TokenRefreshEvent[];
  const provider = (overrides: { tokenRefreshSkewSeconds?: number } = {}): TokenProvider =>
    createTokenProvider({
      config: bank.config({ http, ...overrides }), transport, now: () => clock,
      onRefresh: (event) => events.push(event),
    });

  beforeAll(async () => {
    bank = await startFakeBank();
    transport = createTransport({ http, maxSockets: 8 });
  });
  afterAll(async () => {
    await transport.close();
    await bank.close();
  });
  beforeEach(() => {
    bank.log.length = 0;
    bank.onToken(issueToken());
    clock = 1_000_000;
    events = [];
  });

  it('makes exactly one token request for 100 concurrent callers on a cold start', async () => {
    const tokens = provider();
    const results = await Promise.all(Array.from({ length: 100 }, () => tokens.getToken()));
    expect(new Set(results)).toEqual(new Set([tokenNumber(1)]));
    expect(bank.tokens()).toHaveLength(1);
    expect(tokens.refreshCount).toBe(1);
    expect(events).toEqual([expect.objectContaining({ reason: 'initial', ok: true })]);
  });

  it('sends the client-credentials grant the way the contract asks', async () => {
    await provider().getToken();
    const [request] = bank.tokens();
    expect(request!.method).toBe('POST');
    expect(request!.headers.authorization).toBe(`Basic ${Buffer.from(`fake-client:${SECRET}`).toString('base64')}`);
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.headers.accept).toBe('application/json');
    expect(request!.headers.institutionid).toBe('00016');
    expect(request!.headers.transactionid).toMatch(UUID);
    const form = new URLSearchParams(request!.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scopes')!.split(' ')).toContain('accounts:read');
  });

  it.each([3600, '3600'])('accepts expires_in %j and reuses the token until it is due', async (expiresIn) => {
    bank.onToken(issueToken(expiresIn));
    const tokens = provider();
    await tokens.getToken();
    clock += 3_539_000; // 1 s before "expiry minus 60 s skew"
    expect(await tokens.getToken()).toBe(tokenNumber(1));
    expect(bank.tokens()).toHaveLength(1);
  });

  it('refreshes ahead of expiry while still handing out the valid token', async () => {
    const tokens = provider();
    expect(tokens.usable()).toBeUndefined();
    await tokens.getToken();
    expect(tokens.usable()).toBe(tokenNumber(1));
    clock += 3_541_000; // inside the 60 s skew window, not expired yet
    // Only getToken() starts the refresh: a token due for one is not handed out without it.
    expect(tokens.usable()).toBeUndefined();
    expect(await tokens.getToken()).toBe(tokenNumber(1));
    await expect.poll(() => bank.tokens().length).toBe(2);
    await expect.poll(() => tokens.getToken()).toBe(tokenNumber(2));
    expect(events.map((e) => e.reason)).toEqual(['initial', 'expiring']);
  });

  it('waits for a new token once the old one has expired', async () => {
    const tokens = provider();
    await tokens.getToken();
    clock += 3_600_000;
    expect(await tokens.getToken()).toBe(tokenNumber(2));
    expect(events.map((e) => e.reason)).toEqual(['initial', 'expired']);
  });

  it('refreshes at half-life when the lifetime is shorter than twice the skew', async () => {
    bank.onToken(issueToken('10'));
    const tokens = provider({ tokenRefreshSkewSeconds: 60 });
    await tokens.getToken();
    clock += 4_900;
    await tokens.getToken();
    expect(bank.tokens()).toHaveLength(1);
    clock += 200; // 5.1 s of 10 s
    await tokens.getToken();
    await expect.poll(() => bank.tokens().length).toBe(2);
  });

  it('invalidating the same token from 50 callers triggers one refresh; a stale token is ignored', async () => {
    const tokens = provider();
    const first = await tokens.getToken();
    const again = await Promise.all(Array.from({ length: 50 }, async () => {
      tokens.invalidate(first);
      return tokens.getToken();
    }));
    expect(new Set(again)).toEqual(new Set([tokenNumber(2)]));
    tokens.invalidate(first); // stale: the current token is already a newer one
    expect(await tokens.getToken()).toBe(tokenNumber(2));
    expect(bank.tokens()).toHaveLength(2);
    expect(events.map((e) => e.reason)).toEqual(['initial', 'invalidated']);
  });

  it('turns a rejected grant into a non-retryable token error with the bank code', async () => {
    bank.onToken(() => ({ status: 401, json: { code: 'CMN_90004', message: `Invalid client credentials ${SECRET}` } }));
    const error = await provider().getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'token', service: 'token', status: 401, code: 'CMN_90004', retryable: false });
    expect((error as UpstreamError).transactionId).toMatch(UUID);
    expectNoSecrets(error);
  });

  it.each([
    { label: 'a 503', reply: () => ({ status: 503, json: { code: 'CMN_90000', message: 'Internal server error' } }), status: 503, retryable: true },
    { label: 'a dropped connection', reply: () => 'drop' as const, status: 0, retryable: true },
    { label: 'a hang', reply: () => 'hang' as const, status: 0, retryable: true },
    { label: 'a non-JSON 200', reply: () => ({ status: 200, text: '<html>gateway</html>' }), status: 200, retryable: false },
    { label: 'a 200 without expires_in', reply: () => ({ status: 200, json: { access_token: 'x' } }), status: 200, retryable: false },
  ])('reports $label as a token error (status $status, retryable $retryable) and tries again next time', async ({ reply, status, retryable }) => {
    bank.onToken(reply);
    const tokens = provider();
    const error = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'token', status, retryable });
    expectNoSecrets(error);
    expect(events).toEqual([expect.objectContaining({ ok: false })]);
    bank.onToken(issueToken());
    expect(await tokens.getToken()).toBe(tokenNumber(1));
  });

  it('revokes the current token with the form body and fetches a new one afterwards', async () => {
    const tokens = provider();
    const token = await tokens.getToken();
    await tokens.revoke();
    const revoke = bank.log.find((r) => r.route === 'revoke');
    expect(revoke?.method).toBe('DELETE');
    expect(new URLSearchParams(revoke!.body).get('token')).toBe(token);
    expect(await tokens.getToken()).toBe(tokenNumber(2));
  });
});
