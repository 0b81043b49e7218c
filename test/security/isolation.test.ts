import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintViewerToken } from '../../src/auth/mint-token.js';
import { ALL_SEED_USERS, type SeedUser } from '../../src/sandbox/seed.js';
import { PROFILES, startTestGateway, TEST_JWT_SECRET, type TestGateway } from '../support/gateway.js';
import { collectView, foreignTo, idForms, leaks, type View } from './isolation-fixtures.js';

const ISSUER = 'https://idp.bank.example';
const AUDIENCE = 'accounts-graphql';

/**
 * Every seed user attacks every other user's data through every entry point that takes an id, with every form of
 * id we can think of. Nothing of the victim may come back: lookups are null with NOT_FOUND, location filters are
 * empty, mutations answer a not-found user error and change nothing.
 */
describe.each(PROFILES)('isolation: no customer ever sees or changes another customer’s data, %s bank', (profile) => {
  const strict = profile === 'strict';
  // Where the bank has the (assumed) account update it is attacked too; elsewhere it stays off (NOT_SUPPORTED).
  const accountRefusal = strict ? 'NOT_SUPPORTED' : 'NOT_FOUND';
  let gw: TestGateway;
  const tokens = new Map<string, string>();
  const views = new Map<string, View>();
  const as = (user: SeedUser) => tokens.get(user.userId)!;
  let attacked = 0;

  beforeAll(async () => {
    gw = await startTestGateway({
      profile,
      env: {
        ...(strict ? {} : { ACCOUNT_UPDATE: 'patch' }),
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        // The matrix batches hundreds of ids per operation; the limits have their own tests.
        MAX_ALIASES: '100000',
        MAX_QUERY_TOKENS: '1000000',
        MAX_QUERY_COST: '100000000',
        MAX_MUTATION_FIELDS: '1000',
        MAX_BODY_BYTES: '10000000',
      },
    });
    await Promise.all(
      ALL_SEED_USERS.map(async (user) => {
        tokens.set(user.userId, await mintViewerToken(user, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE }));
        views.set(user.userId, await collectView(gw, tokens.get(user.userId)!));
      }),
    );
  });
  afterAll(() => gw.close());

  it('has data to attack: every user but the empty one owns accounts, and several own recipients and history', () => {
    const owners = ALL_SEED_USERS.filter((u) => views.get(u.userId)!.accounts.length > 0);
    expect(owners.length).toBeGreaterThanOrEqual(ALL_SEED_USERS.length - 1);
    expect(ALL_SEED_USERS.filter((u) => views.get(u.userId)!.recipients.length > 0).length).toBeGreaterThanOrEqual(2);
    expect([...views.values()].some((v) => v.transactions.length > 0)).toBe(true);
    expect([...views.values()].some((v) => v.locations.length >= 4)).toBe(true);
  });

  it.each(ALL_SEED_USERS.map((u) => [u.loginId, u] as const))('%s finds nothing of anyone else', async (_name, attacker) => {
    const own = views.get(attacker.userId)!;
    const ownAccount = own.accounts[0]?.internalId;
    await Promise.all(
      ALL_SEED_USERS.filter((victim) => victim.userId !== attacker.userId).map(async (victim) => {
        const foreign = foreignTo(own, views.get(victim.userId)!);
        const ids = idForms(foreign, ownAccount);
        if (ids.any.length === 0) return;
        attacked += ids.any.length;

        const aliased = (prefix: string, list: string[], field: (id: string) => string) =>
          list.map((id, i) => `${prefix}${i}: ${field(id)}`).join(' ');
        const query = `query($ids: [ID!]!) {
          viewer {
            ${aliased('a', ids.account, (id) => `account(id: "${id}") { id internalId accountNumber }`)}
            ${aliased('r', ids.recipient, (id) => `recipient(id: "${id}") { id internalId accountNumber }`)}
            ${aliased('l', ids.location, (id) => `accounts(filter: { locationId: "${id}" }) { id internalId accountNumber }`)}
          }
          ${aliased('n', ids.any, (id) => `node(id: "${id}") { id ... on Account { internalId accountNumber } ... on Recipient { internalId } ... on Transaction { internalId } }`)}
          all: nodes(ids: $ids) { id }
        }`;
        // nodes(ids:) takes 100 ids at most; node(id:) above tries every one.
        const res = await gw.query(query, { ids: ids.any.slice(0, 100) }, as(attacker));
        expect(res.status).toBe(200);
        const { viewer, all, ...byNode } = res.body.data!;
        expect(Object.entries(viewer).filter(([alias]) => /^[ar]\d/.test(alias)).map(([, value]) => value)).toEqual(
          [...ids.account, ...ids.recipient].map(() => null),
        );
        expect(Object.entries(viewer).filter(([alias]) => alias.startsWith('l')).map(([, value]) => value)).toEqual(ids.location.map(() => []));
        expect(Object.values(byNode)).toEqual(ids.any.map(() => null));
        expect(all).toEqual(ids.any.slice(0, 100).map(() => null));
        expect(res.body.errors).toHaveLength(ids.account.length + ids.recipient.length + ids.any.length + all.length);
        expect(new Set(res.body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['NOT_FOUND']));
        expect(leaks(res.body, foreign)).toEqual([]);

        const mutation = await gw.query(
          `mutation {
            ${aliased('u', ids.account, (id) => `accountUpdate(id: "${id}", input: { nickName: "pwned" }) { account { id nickName } userErrors { code } }`)}
            ${aliased('p', ids.recipient, (id) => `recipientUpdate(id: "${id}", input: { nickName: "pwned" }) { recipient { id nickName } userErrors { code } }`)}
            ${aliased('d', ids.recipient, (id) => `recipientDelete(id: "${id}") { deletedRecipientId userErrors { code } }`)}
          }`,
          {},
          as(attacker),
        );
        expect(mutation.body.errors).toBeUndefined();
        const payloads = Object.values(mutation.body.data!) as Array<Record<string, unknown> & { userErrors: Array<{ code: string }> }>;
        expect(payloads).toHaveLength(ids.account.length + 2 * ids.recipient.length);
        for (const payload of payloads) {
          expect(payload.account ?? payload.recipient ?? payload.deletedRecipientId ?? null).toBeNull();
          expect(payload.userErrors.map((e) => e.code)).toEqual([expect.stringMatching(new RegExp(`^(${accountRefusal}|RECIPIENT_NOT_FOUND)$`))]);
        }
        expect(leaks(mutation.body, foreign)).toEqual([]);
      }),
    );
  });

  it('finds the owner’s own data through the same lookups (so the nulls above mean something)', async () => {
    for (const owner of [ALL_SEED_USERS[0], ALL_SEED_USERS.find((u) => u.kind === 'BUSINESS')!]) {
      const own = views.get(owner.userId)!;
      const [account] = own.accounts;
      const [location] = own.locations;
      const res = await gw.query(
        `{ viewer { account(id: "${account.id}") { internalId } accounts(filter: { locationId: "${location.id}" }) { id } }
           node(id: "${account.id}") { id } }`,
        {},
        as(owner),
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.viewer.account.internalId).toBe(account.internalId);
      expect(res.body.data!.viewer.accounts.length).toBeGreaterThan(0);
      expect(res.body.data!.node.id).toBe(account.id);
    }
  });

  it('left every customer’s data as it was', async () => {
    expect(attacked).toBeGreaterThan(500);
    for (const user of ALL_SEED_USERS) {
      const after = await collectView(gw, as(user));
      expect(after).toEqual(views.get(user.userId));
    }
  });

  describe('tokens the gateway must not accept', () => {
    const victim = ALL_SEED_USERS[0];
    const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = () => Math.floor(Date.now() / 1000);
    const claims = () => ({ sub: victim.userId, idType: victim.idType, iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 600 });

    const cases: Array<[string, () => Promise<string>]> = [
      ['signed with another key', () => mintViewerToken(victim, { secret: 'another-secret-that-is-32-bytes-long!', issuer: ISSUER, audience: AUDIENCE })],
      ['expired', () => mintViewerToken(victim, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE, lifetimeSeconds: -30 })],
      ['of the wrong issuer', () => mintViewerToken(victim, { secret: TEST_JWT_SECRET, issuer: 'https://evil.example', audience: AUDIENCE })],
      ['of the wrong audience', () => mintViewerToken(victim, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: 'another-api' })],
      ['without issuer and audience', () => mintViewerToken(victim, { secret: TEST_JWT_SECRET })],
      ['unsigned (alg: none)', async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`],
      [
        'with its payload swapped for another user’s (signature kept)',
        async () => {
          const [header, , signature] = (await mintViewerToken(ALL_SEED_USERS[1], { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE })).split('.');
          return `${header}.${base64url(claims())}.${signature}`;
        },
      ],
      [
        'with a flipped signature bit',
        async () => {
          const token = await mintViewerToken(victim, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE });
          const signature = Buffer.from(token.split('.')[2], 'base64url');
          signature[0] ^= 1;
          return `${token.split('.').slice(0, 2).join('.')}.${signature.toString('base64url')}`;
        },
      ],
      ['with alg switched to HS512', async () => {
        const [, payload, signature] = (await mintViewerToken(victim, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE })).split('.');
        return `${base64url({ alg: 'HS512', typ: 'JWT' })}.${payload}.${signature}`;
      }],
    ];

    it('accepts the genuine token (control)', async () => {
      const res = await gw.query('{ viewer { accounts { id } } }', {}, as(victim));
      expect(res.status).toBe(200);
      expect(res.body.data!.viewer.accounts.length).toBeGreaterThan(0);
    });

    it.each(cases)('refuses a token %s: 401 UNAUTHENTICATED, no data, no bank call', async (_name, make) => {
      gw.resetCalls();
      const res = await gw.query('{ viewer { accounts { id internalId } recipients { id } } }', {}, await make());
      expect(res.status).toBe(401);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(leaks(res.body, views.get(victim.userId)!)).toEqual([]);
      expect(gw.upstreamCalls()).toHaveLength(0);
    });
  });
});
