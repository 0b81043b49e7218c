import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { READ_ONLY_CLIENT, accessToken, basic, call, passwordForm, tokenCall } from './helpers.js';

const alex = SEED_USERS.retailRich;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ clients: [
    { clientId: 'sandbox-client', clientSecret: 'sandbox-secret', institutionId: '00016', scopes: ['accounts:read', 'accounts:read_unmasked', 'transactions:read'] },
    READ_ONLY_CLIENT,
  ] });
});
afterAll(() => sandbox.close());

const accounts = (token: string, query = `?hostUserId=${alex.userId}`) => call(sandbox, `/v1/accounts${query}`, { token });
const revoke = (token: string, authorization = basic()) => fetch(`${sandbox.url}/oauth2/v1/revoke`, {
  method: 'DELETE',
  headers: { authorization, transactionId: crypto.randomUUID(), 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ token }).toString(),
});

describe('POST /oauth2/v1/token', () => {
  it('issues a client-credentials bearer token with a string expires_in, never cacheable', async () => {
    const result = await tokenCall(sandbox);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ access_token: expect.any(String), expires_in: '3600', token_type: 'Bearer' });
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect((await accounts(result.body.access_token)).status).toBe(200);
  });

  it('narrows to the requested scopes (space or comma separated) and rejects scopes the client lacks', async () => {
    const narrow = await accessToken(sandbox, { form: { grant_type: 'client_credentials', scopes: 'accounts:read, transactions:read' } });
    const masked = await accounts(narrow);
    expect(masked.body.accounts[0].accountNumber).toMatch(/^\d{4}$/);
    const spaced = await accessToken(sandbox, { form: { grant_type: 'client_credentials', scopes: 'transactions:read accounts:read_unmasked' } });
    expect((await accounts(spaced)).body.code).toBe('ACC_00602');
    const foreign = await tokenCall(sandbox, { form: { grant_type: 'client_credentials', scopes: 'accounts:read recipients:write' } });
    expect([foreign.status, foreign.body.code]).toEqual([400, 'CMN_90012']);
  });

  it.each([
    ['a missing transactionId', { headers: { transactionId: undefined } }, 400, 'CMN_90008'],
    ['a transactionId that is not a UUID', { headers: { transactionId: 'not-a-uuid' } }, 400, 'CMN_90008'],
    ['no client authentication', { headers: { authorization: undefined } }, 401, 'CMN_90004'],
    ['an unknown client', { authorization: basic('nobody', 'x') }, 401, 'CMN_90004'],
    ['a wrong secret', { authorization: basic('sandbox-client', 'wrong') }, 401, 'CMN_90004'],
    ['a missing institutionId', { headers: { institutionId: undefined } }, 400, 'CMN_90005'],
    ["another institution's id", { headers: { institutionId: '00099' } }, 400, 'CMN_90005'],
    ['an unsupported grant', { form: { grant_type: 'authorization_code', code: 'x' } }, 400, 'CMN_90007'],
    ['no grant at all', { form: {} }, 400, 'CMN_90007'],
    ['a password grant without username', { form: { grant_type: 'password', password: 'x' } }, 400, 'CMN_90013'],
    ['a password grant without password', { form: { grant_type: 'password', username: 'alex.rivera' } }, 400, 'CMN_90014'],
    ['a wrong password', { form: passwordForm('alex.rivera', 'wrong') }, 401, 'CMN_90015'],
    ['an unknown user', { form: passwordForm('nobody', 'Sandbox-Pass-1') }, 401, 'CMN_90015'],
    ['a refresh grant without refresh_token', { form: { grant_type: 'refresh_token' } }, 400, 'CMN_90011'],
    ['an unknown refresh token', { form: { grant_type: 'refresh_token', refresh_token: 'nope' } }, 400, 'CMN_90016'],
  ])('rejects %s', async (_name, request, status, code) => {
    const result = await tokenCall(sandbox, request);
    expect(result.status).toBe(status);
    expect(result.body).toEqual({ code, message: expect.any(String) });
  });

  it('issues password-grant tokens that carry the user, with a refresh token', async () => {
    const result = await tokenCall(sandbox, { form: passwordForm(alex.username, alex.password) });
    expect(result.body).toEqual({
      access_token: expect.any(String), expires_in: '3600', token_type: 'Bearer',
      refresh_token: expect.any(String), refresh_token_expires_in: expect.stringMatching(/^\d+$/),
    });
    const list = await accounts(result.body.access_token, '');
    expect(list.status).toBe(200);
    expect(list.body.accounts.length).toBeGreaterThanOrEqual(40);
    expect(sandbox.requests().at(-1)).toMatchObject({ route: 'accounts', userId: alex.userId });
  });

  it('refreshes without institutionId, but not with another institution or another client', async () => {
    const { body } = await tokenCall(sandbox, { form: passwordForm(alex.username, alex.password) });
    const form = { grant_type: 'refresh_token', refresh_token: body.refresh_token };
    const refreshed = await tokenCall(sandbox, { form, headers: { institutionId: undefined } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).toBe(body.refresh_token);
    expect((await accounts(refreshed.body.access_token, '')).status).toBe(200);
    expect((await tokenCall(sandbox, { form, headers: { institutionId: '00099' } })).body.code).toBe('CMN_90005');
    const foreign = await tokenCall(sandbox, { form, authorization: basic(READ_ONLY_CLIENT.clientId, READ_ONLY_CLIENT.clientSecret) });
    expect(foreign.body.code).toBe('CMN_90016');
  });
});

describe('DELETE /oauth2/v1/revoke', () => {
  it('revokes an access token (204, no body); the next call gets 401', async () => {
    const token = await accessToken(sandbox);
    expect((await accounts(token)).status).toBe(200);
    const response = await revoke(token);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    const after = await accounts(token);
    expect([after.status, after.body.code]).toEqual([401, 'ACC_00601']);
  });

  it('revoking a refresh token also revokes the access tokens issued with and from it', async () => {
    const { body } = await tokenCall(sandbox, { form: passwordForm(alex.username, alex.password) });
    const refreshed = await accessToken(sandbox, { form: { grant_type: 'refresh_token', refresh_token: body.refresh_token } });
    const unrelated = await accessToken(sandbox);
    expect((await revoke(body.refresh_token)).status).toBe(204);
    expect((await accounts(body.access_token, '')).status).toBe(401);
    expect((await accounts(refreshed, '')).status).toBe(401);
    expect((await accounts(unrelated)).status).toBe(200);
    expect((await tokenCall(sandbox, { form: { grant_type: 'refresh_token', refresh_token: body.refresh_token } })).body.code).toBe('CMN_90016');
  });

  it("leaves another client's tokens alone, and needs client auth and a token", async () => {
    const token = await accessToken(sandbox);
    expect((await revoke(token, basic(READ_ONLY_CLIENT.clientId, READ_ONLY_CLIENT.clientSecret))).status).toBe(204);
    expect((await accounts(token)).status).toBe(200);
    expect((await revoke(token, basic('sandbox-client', 'wrong'))).status).toBe(401);
    const missing = await fetch(`${sandbox.url}/oauth2/v1/revoke`, {
      method: 'DELETE', headers: { authorization: basic(), transactionId: crypto.randomUUID() },
    });
    expect([missing.status, ((await missing.json()) as { code: string }).code]).toEqual([400, 'CMN_90011']);
  });
});

describe('token lifetime', () => {
  it('is configurable; an expired token gets 401 on resource calls', async () => {
    const shortLived = await startSandbox({ tokenLifetimeSeconds: 0 });
    try {
      const result = await tokenCall(shortLived);
      expect(result.body.expires_in).toBe('0');
      const expired = await call(shortLived, `/v1/accounts?hostUserId=${alex.userId}`, { token: result.body.access_token });
      expect([expired.status, expired.body.code]).toEqual([401, 'ACC_00601']);
    } finally {
      await shortLived.close();
    }
  });
});
