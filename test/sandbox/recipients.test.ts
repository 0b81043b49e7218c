import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createSeed } from '../../src/sandbox/seed.js';
import { READ_ONLY_CLIENT, accessToken, basic, call } from './helpers.js';

const alex = SEED_USERS.retailRich;
const seed = createSeed();
const priyaChecking = seed.accountsByLabel.get('priya:checking')!;
const priyaSavings = seed.accountsByLabel.get('priya:savings')!;
const fromAccountId = seed.accountsByLabel.get('alex:everyday-checking')!.id;
const NEW = { memberNumber: '1000000006', accountNumber: priyaChecking.accountNumber, accountType: 'CHECKING', passCode: 'PAT', nickName: 'Priya', email: 'priya@example.com' };

let sandbox: Sandbox;
let token: string;

beforeEach(async () => {
  // A fresh bank per test: recipients are mutable state.
  sandbox = await startSandbox({ clients: [DEFAULT_CLIENT, READ_ONLY_CLIENT] });
  token = await accessToken(sandbox);
  return () => sandbox.close();
});

const path = (suffix = '', query = '') => `/v1/recipients${suffix}?hostUserId=${alex.userId}${query}`;
const create = (json: unknown, query = '') => call(sandbox, path('', query), { token, method: 'POST', json });
const list = async () => (await call(sandbox, path(), { token })).body.recipients as any[];

describe('recipients', () => {
  it('lists and reads recipients, wrapped in {recipients}, without pass codes', async () => {
    const all = await list();
    expect(all.length).toBeGreaterThanOrEqual(4);
    const one = await call(sandbox, path(`/${all[1].id}`), { token });
    expect(one.body).toEqual({ recipients: [all[1]] });
    for (const r of all) {
      expect(r.passCode).toBeUndefined();
      expect(r).toMatchObject({ id: expect.any(String), institutionId: '00016', memberNumber: expect.any(String), accountType: expect.any(String) });
    }
    const sam = await call(sandbox, `/v1/recipients?hostUserId=${SEED_USERS.retailSingle.userId}`, { token });
    expect(sam.body.recipients.length).toBeGreaterThanOrEqual(2);
  });

  it('answers REC_14004 with 400 for an unknown recipient', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const result = await call(sandbox, path('/0123456789abcdef0123456789abcdef'), { token, method, ...(method === 'PUT' ? { json: { nickName: 'x' } } : {}) });
      expect([result.status, result.body], method).toEqual([400, { code: 'REC_14004', message: 'Recipient not found' }]);
    }
  });

  it('creates a recipient, fills in the member name, never echoes the pass code', async () => {
    const result = await create(NEW);
    expect(result.status).toBe(200);
    const [created] = result.body.recipients;
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{32}$/), institutionId: '00016', institutionCustomerId: expect.any(String),
      memberNumber: '1000000006', accountNumber: priyaChecking.accountNumber, accountType: 'CHECKING',
      email: 'priya@example.com', nickName: 'Priya', fullName: 'Priya Patel',
    });
    expect((await list()).at(-1)).toEqual(created);
  });

  it('validates with a sender account and the pass code when validate=true', async () => {
    const { passCode: _omitted, ...withoutPassCode } = NEW;
    expect((await create(NEW, '&validate=true')).body.code).toBe('REC_12013');
    expect((await create(NEW, '&validate=true&fromAccountId=')).body.code).toBe('REC_12013');
    expect((await create(NEW, '&validate=true&fromAccountId=unknown')).body.code).toBe('REC_12004');
    expect((await create(withoutPassCode, `&validate=true&fromAccountId=${fromAccountId}`)).body.code).toBe('REC_12004');
    expect((await create(withoutPassCode)).status).toBe(200);
    const validated = await create({ ...NEW, accountNumber: priyaSavings.accountNumber, accountType: 'SAVINGS', nickName: 'Priya 2' }, `&validate=true&fromAccountId=${fromAccountId}`);
    expect(validated.status).toBe(200);
    expect((await create(NEW, '&validate=perhaps')).body.code).toBe('REC_10009');
  });

  it.each([
    ['a blank body', '', 'REC_12005'],
    ['a missing member number', { ...NEW, memberNumber: undefined }, 'REC_12004'],
    ['a non-string field', { ...NEW, accountNumber: 12345 }, 'REC_12004'],
    ['an invalid email', { ...NEW, email: 'not-an-email' }, 'REC_12009'],
    ['a field that is too long', { ...NEW, nickName: 'n'.repeat(41) }, 'REC_12011'],
    ['an account type recipients may not have', { ...NEW, accountType: 'TRUST' }, 'REC_12012'],
    ['an unknown member', { ...NEW, memberNumber: '1999999999' }, 'REC_10005'],
    ['a wrong pass code', { ...NEW, passCode: 'PAX' }, 'REC_10006'],
    ['an account the member does not own', { ...NEW, accountNumber: '1234567890' }, 'REC_10007'],
    ["the wrong type for the member's account", { ...NEW, accountType: 'SAVINGS' }, 'REC_10007'],
    ['a recipient that already exists', () => ({ ...NEW, memberNumber: '1000000002', accountNumber: seed.accountsByLabel.get('sam:checking')!.accountNumber, passCode: 'LEE' }), 'REC_13001'],
    ['a nickname already in use', { ...NEW, nickName: 'chris n' }, 'REC_13002'],
  ])('rejects %s', async (_name, json, code) => {
    const body = typeof json === 'function' ? json() : json;
    const result = typeof body === 'string'
      ? await call(sandbox, path(), { token, method: 'POST', body, headers: { 'content-type': 'application/json' } })
      : await create(body);
    expect([result.status, result.body.code]).toEqual([400, code]);
  });

  it('updates part of a recipient (PUT with id + nickName), checking id, duplicates and the sender', async () => {
    const [first, second] = await list();
    const updated = await call(sandbox, path(`/${first.id}`, `&fromAccountId=${fromAccountId}`), { token, method: 'PUT', json: { id: first.id, nickName: 'Renamed' } });
    expect(updated.body).toEqual({ recipients: [{ ...first, nickName: 'Renamed' }] });
    expect((await list())[0].nickName).toBe('Renamed');
    const mismatch = await call(sandbox, path(`/${first.id}`), { token, method: 'PUT', json: { id: second.id, nickName: 'x' } });
    expect([mismatch.status, mismatch.body.code]).toEqual([400, 'REC_12010']);
    const duplicate = await call(sandbox, path(`/${first.id}`), { token, method: 'PUT', json: { nickName: second.nickName } });
    expect(duplicate.body.code).toBe('REC_13002');
    const retarget = await call(sandbox, path(`/${first.id}`), { token, method: 'PUT', json: { accountNumber: '1234567890' } });
    expect(retarget.body.code).toBe('REC_10007');
    const badSender = await call(sandbox, path(`/${first.id}`, '&fromAccountId=nope'), { token, method: 'PUT', json: { nickName: 'y' } });
    expect(badSender.body.code).toBe('REC_12004');
  });

  it('deletes with 204 and no body', async () => {
    const [first] = await list();
    const response = await fetch(`${sandbox.url}${path(`/${first.id}`)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}`, transactionId: crypto.randomUUID() } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await list()).map((r) => r.id)).not.toContain(first.id);
  });

  it('needs recipients:write to create and recipients:delete to delete', async () => {
    const readOnly = await accessToken(sandbox, { authorization: basic(READ_ONLY_CLIENT.clientId, READ_ONLY_CLIENT.clientSecret) });
    expect((await call(sandbox, path(), { token: readOnly })).status).toBe(200);
    const write = await call(sandbox, path(), { token: readOnly, method: 'POST', json: NEW });
    expect([write.status, write.body.code]).toEqual([403, 'REC_11003']);
    const [first] = await list();
    const remove = await call(sandbox, path(`/${first.id}`), { token: readOnly, method: 'DELETE' });
    expect([remove.status, remove.body.code]).toEqual([403, 'REC_11003']);
    const writeOnly = await accessToken(sandbox, { form: { grant_type: 'client_credentials', scopes: 'recipients:write' } });
    expect((await call(sandbox, path(`/${first.id}`), { token: writeOnly, method: 'DELETE' })).status).toBe(403);
  });
});
