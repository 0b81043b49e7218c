// PATCH {accounts}/{id}: the assumed nickname/visibility update (docs/bank-contract.md "Accounts").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT, SEED_USERS, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createSeed } from '../../src/sandbox/seed.js';
import { READ_ONLY_CLIENT, accessToken, basic, call } from './helpers.js';

const alex = SEED_USERS.retailRich;
const seed = createSeed();
const id = (label: string) => seed.accountsByLabel.get(label)!.id;

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ clients: [DEFAULT_CLIENT, READ_ONLY_CLIENT] });
  token = await accessToken(sandbox);
});
afterAll(() => sandbox.close());

const patch = (accountId: string, json: unknown, as = token, server = sandbox) =>
  call(server, `/v1/accounts/${accountId}?hostUserId=${alex.userId}`, { token: as, method: 'PATCH', json });
const info = (account: any) => Object.fromEntries(account.additionalInfo.entry.map((e: any) => [e.key, e.value]));

describe('PATCH accounts/{id}', () => {
  it('renames an account and returns it; later reads (lists too) show the new nickname', async () => {
    const listed = () => call(sandbox, `/v1/accounts?hostUserId=${alex.userId}&viewName=m`, { token });
    const nickname = async () => (await listed()).body.accounts.find((a: any) => a.id === id('alex:vacation')).nickName;
    expect(await nickname()).toBe('Hawaii 2027');
    const result = await patch(id('alex:vacation'), { nickName: '  Maui 2027  ' });
    expect(await nickname()).toBe('Maui 2027');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ id: id('alex:vacation'), nickName: 'Maui 2027' });
    expect(info(result.body)).toEqual({ ownershipType: 'PRIMARY', isVisible: 'true' });
    const read = await call(sandbox, `/v1/accounts/${id('alex:vacation')}?hostUserId=${alex.userId}`, { token });
    expect(read.body.nickName).toBe('Maui 2027');
    const filtered = await call(sandbox, `/v1/accounts?hostUserId=${alex.userId}&$filter=${encodeURIComponent("name eq 'Maui 2027'")}`, { token });
    expect(filtered.body.accounts.map((a: any) => a.id)).toEqual([id('alex:vacation')]);
  });

  it('hides and shows an account (a joint one too); it stays in the list', async () => {
    const joint = id('alex:household-savings');
    expect(info((await patch(joint, { isVisible: false })).body).isVisible).toBe('false');
    const listed = await call(sandbox, `/v1/accounts?hostUserId=${alex.userId}&additionalFields=true`, { token });
    expect(info(listed.body.accounts.find((a: any) => a.id === joint)).isVisible).toBe('false');
    expect(info((await patch(joint, { isVisible: true })).body).isVisible).toBe('true');
  });

  it.each([
    ['an empty nickname', 'alex:pet-fund', { nickName: '   ' }, 400, 'ACC_00114'],
    ['a nickname over 40 characters', 'alex:pet-fund', { nickName: 'x'.repeat(41) }, 400, 'ACC_00116'],
    ['renaming a joint account', 'alex:household-checking', { nickName: 'Ours' }, 403, 'ACC_00115'],
    ['an empty body', 'alex:pet-fund', {}, 400, 'ACC_00011'],
    ['a non-boolean isVisible', 'alex:pet-fund', { isVisible: 'no' }, 400, 'ACC_00011'],
    ['an account of somebody else', 'sam:checking', { nickName: 'Mine now' }, 404, 'ACC_00012'],
  ])('rejects %s', async (_name, label, json, status, code) => {
    const result = await patch(id(label), json);
    expect([result.status, result.body.code]).toEqual([status, code]);
  });

  it('accepts exactly 40 characters and rejects a non-JSON body', async () => {
    expect((await patch(id('alex:pet-fund'), { nickName: 'y'.repeat(40) })).status).toBe(200);
    const garbage = await call(sandbox, `/v1/accounts/${id('alex:pet-fund')}?hostUserId=${alex.userId}`, { token, method: 'PATCH', body: '{not json' });
    expect(garbage.body.code).toBe('ACC_00011');
  });

  it('needs the accounts:write scope', async () => {
    const readOnly = await accessToken(sandbox, { authorization: basic(READ_ONLY_CLIENT.clientId, READ_ONLY_CLIENT.clientSecret) });
    const result = await patch(id('alex:pet-fund'), { nickName: 'Nope' }, readOnly);
    expect([result.status, result.body.code]).toEqual([403, 'ACC_00602']);
  });

  it('answers 403 when the institution has the features switched off', async () => {
    const off = await startSandbox({ institutions: { '00016': { nicknameUpdate: false, visibilityUpdate: false } } });
    try {
      const offToken = await accessToken(off);
      const rename = await patch(id('alex:pet-fund'), { nickName: 'Nope' }, offToken, off);
      expect([rename.status, rename.body.code]).toEqual([403, 'ACC_00113']);
      const hide = await patch(id('alex:pet-fund'), { isVisible: false }, offToken, off);
      expect([hide.status, hide.body.code]).toEqual([403, 'ACC_00119']);
    } finally {
      await off.close();
    }
  });

  it('keeps changes per sandbox instance', async () => {
    const other = await startSandbox();
    try {
      const read = await call(other, `/v1/accounts/${id('alex:vacation')}?hostUserId=${alex.userId}`, { token: await accessToken(other) });
      expect(read.body.nickName).toBe('Hawaii 2027');
    } finally {
      await other.close();
    }
  });
});
