import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const { retailRich: rich, retailSingle: single } = SEED_USERS;

describe('the viewer: authentication and isolation', () => {
  let gw: TestGateway;
  let richAccountId: string;
  let richRecipientId: string;
  let richInternalId: string;

  beforeAll(async () => {
    gw = await startTestGateway();
    const res = await gw.query('{ viewer { accounts { id internalId } recipients { id } } }', {}, rich);
    richAccountId = res.body.data!.viewer.accounts[0].id;
    richInternalId = res.body.data!.viewer.accounts[0].internalId;
    richRecipientId = res.body.data!.viewer.recipients[0].id;
  });
  afterAll(() => gw.close());

  it.each([
    ['no token', null],
    ['a malformed token', 'not-a-jwt'],
  ])('answers %s with UNAUTHENTICATED, status 401 and no data', async (_name, token) => {
    gw.resetCalls();
    const res = await gw.query('{ viewer { accounts { id } } }', {}, token);
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(gw.upstreamCalls()).toHaveLength(0);
  });

  it('refuses an expired token', async () => {
    const res = await gw.query('{ viewer { accounts { id } } }', {}, await gw.token(rich, -60));
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a token signed with another key', async () => {
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(rich.userId).setExpirationTime('1h').sign(new TextEncoder().encode('y'.repeat(40)));
    const res = await gw.query('{ viewer { accounts { id } } }', {}, forged);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('acts for the token subject only: upstream calls carry that user id', async () => {
    gw.resetCalls();
    await gw.query('{ viewer { accounts { id } recipients { id } } }', {}, single);
    const calls = gw.upstreamCalls();
    expect(calls.length).toBe(2);
    expect(calls.every((c) => c.query.hostUserId === single.userId && c.query.loginId === undefined)).toBe(true);
  });

  it('returns null and NOT_FOUND for another customer\'s account, recipient and location', async () => {
    const res = await gw.query(
      `{ viewer { account(id: "${richAccountId}") { id } recipient(id: "${richRecipientId}") { id } }
         node(id: "${richAccountId}") { id } }`,
      {},
      single,
    );
    expect(res.body.data).toEqual({ viewer: { account: null, recipient: null }, node: null });
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('treats a bank id or a forged global id like any unknown id', async () => {
    const forged = Buffer.from(`Account:${richInternalId}`).toString('base64url');
    const res = await gw.query(`{ viewer { a: account(id: "${richInternalId}") { id } b: account(id: "${forged}") { id } } }`, {}, single);
    expect(res.body.data!.viewer).toEqual({ a: null, b: null });
    expect(JSON.stringify(res.body)).not.toContain(richInternalId.slice(0, 20) + '"');
  });

  it('gives the owner the same ids back', async () => {
    const res = await gw.query(`{ node(id: "${richAccountId}") { id ... on Account { internalId } } }`, {}, rich);
    expect(res.body.data!.node).toEqual({ id: richAccountId, internalId: richInternalId });
  });
});
