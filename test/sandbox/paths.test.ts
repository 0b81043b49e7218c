// Both of Candescent's path styles, served at once, on every route.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { accessToken, call } from './helpers.js';

const alex = SEED_USERS.retailRich;
let sandbox: Sandbox;
let token: string;
let accountId: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  token = await accessToken(sandbox);
  accountId = (await call(sandbox, `/v1/accounts?hostUserId=${alex.userId}`, { token })).body.accounts[0].id;
});
afterAll(() => sandbox.close());

describe('both path styles', () => {
  const pairs = () => [
    ['/db-accounts/v1/accounts', '/v1/accounts', `?hostUserId=${alex.userId}`],
    [`/db-accounts/v1/accounts/${accountId}`, `/v1/accounts/${accountId}`, `?hostUserId=${alex.userId}`],
    ['/db-transactions/v1/transactions', '/v1/transactions', `?accountId=${accountId}&hostUserId=${alex.userId}`],
    ['/db-recipients/v1/recipients', '/v1/recipients', `?hostUserId=${alex.userId}`],
    [`/db-users/v1/institution-users/${alex.userId}`, `/v1/institution-users/${alex.userId}`, '?userIdType=HOST_USER_ID'],
  ];

  it('serve the same data on every GET route', async () => {
    for (const [db, v1, query] of pairs()) {
      const [a, b] = await Promise.all([call(sandbox, db + query, { token }), call(sandbox, v1 + query, { token })]);
      expect(a.status, db).toBe(200);
      expect(a.body, db).toEqual(b.body);
    }
    const recipientId = (await call(sandbox, `/v1/recipients?hostUserId=${alex.userId}`, { token })).body.recipients[0].id;
    const [r1, r2] = await Promise.all([
      call(sandbox, `/db-recipients/v1/recipients/${recipientId}?hostUserId=${alex.userId}`, { token }),
      call(sandbox, `/v1/recipients/${recipientId}?hostUserId=${alex.userId}`, { token }),
    ]);
    expect(r1.status).toBe(200);
    expect(r1.body).toEqual(r2.body);
    const ux = await Promise.all(['/ux-users/v1/customers', '/v1/customers'].map((prefix) =>
      call(sandbox, `${prefix}/${alex.loginId}?userIdType=LOGIN_ID`, { token, headers: { transactionId: undefined, correlationId: randomUUID() } })));
    expect(ux[0]!.status).toBe(200);
    expect(ux[0]!.body).toEqual(ux[1]!.body);
  });

  it('route writes in both styles and log them under the same route names', async () => {
    sandbox.clearRequests();
    for (const prefix of ['/db-accounts/v1/accounts', '/v1/accounts']) {
      const result = await call(sandbox, `${prefix}/${accountId}?hostUserId=${alex.userId}`, { token, method: 'PATCH', json: { nickName: `Via ${prefix}` } });
      expect(result.body.nickName).toBe(`Via ${prefix}`);
    }
    for (const prefix of ['/db-recipients/v1/recipients', '/v1/recipients']) {
      const priya = (await call(sandbox, `/v1/accounts?hostUserId=1000000006`, { token })).body.accounts[0];
      const created = await call(sandbox, `${prefix}?hostUserId=${alex.userId}`, {
        token, method: 'POST', json: { memberNumber: '1000000006', accountNumber: priya.accountNumber, accountType: 'CHECKING', nickName: prefix },
      });
      expect(created.status).toBe(200);
      const id = created.body.recipients[0].id;
      const updated = await call(sandbox, `${prefix}/${id}?hostUserId=${alex.userId}`, { token, method: 'PUT', json: { id, nickName: `${prefix}!` } });
      expect(updated.body.recipients[0].nickName).toBe(`${prefix}!`);
      expect((await call(sandbox, `${prefix}/${id}?hostUserId=${alex.userId}`, { token, method: 'DELETE' })).status).toBe(204);
    }
    const routes = sandbox.requests().map((entry) => entry.route).filter((route) => route !== 'accounts');
    expect(routes).toEqual(['account-update', 'account-update', ...Array(2).fill(['recipient-create', 'recipient-update', 'recipient-delete']).flat()]);
  });

  it('answers 404 for unknown paths and 405 (with Allow) for a wrong method', async () => {
    const unknown = await call(sandbox, '/v2/accounts', { token });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CMN_90011']);
    const wrong = await call(sandbox, `/v1/accounts?hostUserId=${alex.userId}`, { token, method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect(sandbox.requests().slice(-2).map((entry) => entry.route)).toEqual(['unknown', 'unknown']);
  });
});
