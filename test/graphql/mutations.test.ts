import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT } from '../../src/sandbox/index.js';
import { createSeed, SEED_USERS } from '../../src/sandbox/seed.js';
import { PROFILES, startTestGateway, type TestGateway } from '../support/gateway.js';

const rich = SEED_USERS.retailRich;
const seed = createSeed();
const accountOf = (label: string) => seed.accountsByLabel.get(label)!;
const globalId = (type: string, bankId: string) => Buffer.from(`${type}:${bankId}`).toString('base64url');

const UPDATE = `mutation($id: ID!, $input: AccountUpdateInput!) {
  accountUpdate(id: $id, input: $input) { account { id nickName isVisible } userErrors { code field message } } }`;
const CREATE = `mutation($input: RecipientCreateInput!) {
  recipientCreate(input: $input) { recipient { id internalId nickName accountNumber accountType } userErrors { code field } } }`;

describe.each(PROFILES)('accountUpdate switched off (the default), %s bank', (profile) => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({ profile });
  });
  afterAll(() => gw.close());

  it.each([
    ['an existing account', 'alex:everyday-checking'],
    ['another customer\'s account', 'priya:checking'],
  ])('answers NOT_SUPPORTED for %s without calling the bank', async (_name, label) => {
    const res = await gw.query(UPDATE, { id: globalId('Account', accountOf(label).id), input: { nickName: 'Bills' } }, rich);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.accountUpdate).toEqual({
      account: null, userErrors: [{ code: 'NOT_SUPPORTED', field: null, message: 'This change is not available at this bank' }],
    });
    expect(gw.upstreamCalls()).toHaveLength(0);
  });
});

describe.each(PROFILES)('mutations with ACCOUNT_UPDATE=patch, %s bank', (profile) => {
  const strict = profile === 'strict';
  let gw: TestGateway;

  beforeAll(async () => {
    // The strict bank's client app is configured with accounts:write here: otherwise the token request itself is
    // refused (CMN_90012), which is the start-up failure docs/bank-contract.md describes.
    gw = await startTestGateway({ profile, sandbox: { clients: [DEFAULT_CLIENT] }, env: { ACCOUNT_UPDATE: 'patch' } });
  });
  afterAll(() => gw.close());
  beforeEach(() => gw.resetCalls());

  it.runIf(strict)('answers NOT_SUPPORTED, never NOT_FOUND, when the bank has no update endpoint', async () => {
    const res = await gw.query(UPDATE, { id: globalId('Account', accountOf('alex:everyday-checking').id), input: { nickName: 'Bills' } }, rich);
    expect(res.body.data!.accountUpdate).toMatchObject({ account: null, userErrors: [{ code: 'NOT_SUPPORTED' }] });
    expect(gw.upstreamCalls().map((c) => [c.method, c.status])).toEqual([['PATCH', 404]]);
  });

  it.runIf(!strict)('renames an account with one PATCH and shows the new nickname afterwards', async () => {
    const id = globalId('Account', accountOf('alex:everyday-checking').id);
    const res = await gw.query(UPDATE, { id, input: { nickName: 'Bills' } }, rich);
    expect(res.body.data!.accountUpdate).toEqual({ account: { id, nickName: 'Bills', isVisible: true }, userErrors: [] });
    expect(gw.upstreamCalls().map((c) => `${c.method} ${c.route}`)).toEqual(['PATCH account-update']);
    const after = await gw.query('query($id: ID!) { viewer { account(id: $id) { nickName } } }', { id }, rich);
    expect(after.body.data!.viewer.account.nickName).toBe('Bills');
  });

  it.runIf(!strict)('hides an account', async () => {
    const id = globalId('Account', accountOf('alex:everyday-checking').id);
    const res = await gw.query(UPDATE, { id, input: { isVisible: false } }, rich);
    expect(res.body.data!.accountUpdate.account.isVisible).toBe(false);
    const hidden = await gw.query('{ viewer { accounts(filter: { isVisible: false }) { id } } }', {}, rich);
    expect(hidden.body.data!.viewer.accounts.map((a: { id: string }) => a.id)).toContain(id);
    await gw.query(UPDATE, { id, input: { isVisible: true } }, rich);
  });

  it.runIf(!strict).each([
    ['an empty nickname', 'alex:everyday-checking', { nickName: '' }, 'NICKNAME_EMPTY'],
    ['a nickname over 40 characters', 'alex:everyday-checking', { nickName: 'x'.repeat(41) }, 'NICKNAME_TOO_LONG'],
    ['a joint account', 'alex:household-checking', { nickName: 'Ours' }, 'JOINT_ACCOUNT_NICKNAME_LOCKED'],
  ])('reports %s as a user error', async (_name, label, input, code) => {
    const res = await gw.query(UPDATE, { id: globalId('Account', accountOf(label).id), input }, rich);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.accountUpdate).toMatchObject({ account: null, userErrors: [{ code, field: ['input', 'nickName'] }] });
  });

  it('refuses an update with no change before calling the bank', async () => {
    const res = await gw.query(UPDATE, { id: globalId('Account', accountOf('alex:everyday-checking').id), input: {} }, rich);
    expect(res.body.data!.accountUpdate.userErrors[0].code).toBe('INVALID_INPUT');
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it.runIf(!strict)('reports another customer\'s account as NOT_FOUND', async () => {
    const res = await gw.query(UPDATE, { id: globalId('Account', accountOf('priya:checking').id), input: { nickName: 'Mine' } }, rich);
    expect(res.body.data!.accountUpdate).toMatchObject({ account: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('creates, renames and deletes a recipient', async () => {
    const priyaChecking = accountOf('priya:checking');
    const created = await gw.query(
      CREATE,
      { input: { nickName: 'Priya', fullName: 'Priya Patel', memberNumber: '1000000006', accountNumber: priyaChecking.accountNumber, accountType: 'CHECKING', passCode: 'PAT', email: 'priya.patel@example.com' } },
      rich,
    );
    expect(created.body.errors).toBeUndefined();
    const recipient = created.body.data!.recipientCreate.recipient;
    expect(recipient).toMatchObject({ nickName: 'Priya', accountNumber: priyaChecking.accountNumber.slice(-4), accountType: 'CHECKING' });
    expect(JSON.stringify(created.body)).not.toContain('PAT"');

    const updated = await gw.query(
      'mutation($id: ID!) { recipientUpdate(id: $id, input: { nickName: "Priya P." }) { recipient { id nickName } userErrors { code } } }',
      { id: recipient.id },
      rich,
    );
    expect(updated.body.data!.recipientUpdate).toEqual({ recipient: { id: recipient.id, nickName: 'Priya P.' }, userErrors: [] });

    const deleted = await gw.query('mutation($id: ID!) { recipientDelete(id: $id) { deletedRecipientId userErrors { code } } }', { id: recipient.id }, rich);
    expect(deleted.body.data!.recipientDelete).toEqual({ deletedRecipientId: recipient.id, userErrors: [] });
    const gone = await gw.query('query($id: ID!) { viewer { recipient(id: $id) { id } } }', { id: recipient.id }, rich);
    expect(gone.body.data!.viewer.recipient).toBeNull();
    expect(gone.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(gw.upstreamCalls().map((c) => c.method)).toEqual(['POST', 'PUT', 'DELETE', 'GET']);
  });

  it.each([
    ['a duplicate nickname', (existing: string) => ({ nickName: existing }), 'DUPLICATE_NICKNAME'],
    ['a wrong passcode', () => ({ nickName: 'New one', passCode: 'XXX' }), 'INVALID_PASSCODE'],
    ['an unknown member', () => ({ nickName: 'New one', memberNumber: '9999999999' }), 'INVALID_RECIPIENT'],
    ['an invalid email', () => ({ nickName: 'New one', email: 'not-an-email' }), 'INVALID_EMAIL'],
  ])('reports %s as a user error', async (_name, change, code) => {
    const list = await gw.query('{ viewer { recipients { nickName } } }', {}, rich);
    const existing = list.body.data!.viewer.recipients[0].nickName;
    const base = { memberNumber: '1000000007', accountNumber: accountOf('chris:checking').accountNumber, accountType: 'CHECKING', passCode: 'NGU' };
    const res = await gw.query(CREATE, { input: { ...base, ...change(existing) } }, rich);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.recipientCreate).toMatchObject({ recipient: null, userErrors: [{ code }] });
  });

  it('reports deleting another customer\'s recipient as RECIPIENT_NOT_FOUND', async () => {
    const sam = await gw.query('{ viewer { recipients { id } } }', {}, SEED_USERS.retailSingle);
    const res = await gw.query('mutation($id: ID!) { recipientDelete(id: $id) { deletedRecipientId userErrors { code } } }', { id: sam.body.data!.viewer.recipients[0].id }, rich);
    expect(res.body.data!.recipientDelete).toEqual({ deletedRecipientId: null, userErrors: [{ code: 'RECIPIENT_NOT_FOUND' }] });
  });
});
