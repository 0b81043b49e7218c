import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { createViewerVerifier, ViewerAuthError } from '../../src/auth/viewer.js';
import { mintViewerToken } from '../../src/auth/mint-token.js';

const secret = 'test-secret-that-is-at-least-32-bytes-long!';
const user = { userId: '1000000001', idType: 'hostUserId' as const };

describe('viewer tokens signed with a shared secret (HS256)', () => {
  const verify = createViewerVerifier({ jwtSecret: secret, issuer: 'https://idp.bank.test', audience: 'accounts-graphql' });
  const mint = (overrides: { issuer?: string; audience?: string; lifetimeSeconds?: number; secret?: string } = {}) =>
    mintViewerToken(user, { secret, issuer: 'https://idp.bank.test', audience: 'accounts-graphql', ...overrides });

  it('accepts a valid token and reads sub and idType', async () => {
    const viewer = await verify(`Bearer ${await mint()}`);
    expect(viewer).toMatchObject({ userId: '1000000001', idType: 'hostUserId' });
    expect(viewer.expiresAt).toBeGreaterThan(Date.now() / 1000);
  });

  it('reads a business user addressed by loginId', async () => {
    const token = await mintViewerToken({ userId: 'acme.admin', idType: 'loginId' }, { secret, issuer: 'https://idp.bank.test', audience: 'accounts-graphql' });
    expect(await verify(`Bearer ${token}`)).toMatchObject({ userId: 'acme.admin', idType: 'loginId' });
  });

  it.each([
    ['no header', async () => undefined],
    ['not a bearer', async () => `Basic ${await mint()}`],
    ['expired', async () => `Bearer ${await mint({ lifetimeSeconds: -10 })}`],
    ['wrong issuer', async () => `Bearer ${await mint({ issuer: 'https://evil.test' })}`],
    ['wrong audience', async () => `Bearer ${await mint({ audience: 'other-api' })}`],
    ['another secret', async () => `Bearer ${await mint({ secret: 'x'.repeat(40) })}`],
    ['alg none', async () => `Bearer ${new UnsecuredJWT({ sub: '1000000001' }).setIssuer('https://idp.bank.test').setAudience('accounts-graphql').setExpirationTime('1h').encode()}`],
    [
      'tampered payload',
      async () => {
        const [header, , signature] = (await mint()).split('.');
        const forged = Buffer.from(JSON.stringify({ sub: '1000000002', exp: 9999999999, iss: 'https://idp.bank.test', aud: 'accounts-graphql' })).toString('base64url');
        return `Bearer ${header}.${forged}.${signature}`;
      },
    ],
    [
      'no exp claim',
      async () => `Bearer ${await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('1000000001').setIssuer('https://idp.bank.test').setAudience('accounts-graphql').sign(new TextEncoder().encode(secret))}`,
    ],
    [
      'unknown idType',
      async () => `Bearer ${await new SignJWT({ idType: 'customerId' }).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setIssuer('https://idp.bank.test').setAudience('accounts-graphql').setExpirationTime('1h').sign(new TextEncoder().encode(secret))}`,
    ],
  ])('refuses %s', async (_name, header) => {
    await expect(verify(await header())).rejects.toBeInstanceOf(ViewerAuthError);
  });
});

describe('viewer tokens signed with keys from a JWKS endpoint', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let publicJwk: Awaited<ReturnType<typeof exportJWK>>;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [publicJwk] }));
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('accepts an RS256 token signed by a published key', async () => {
    const verify = createViewerVerifier({ jwksUrl });
    const token = await new SignJWT({ idType: 'hostUserId' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('1000000002').setExpirationTime('1h').sign(privateKey);
    expect(await verify(`Bearer ${token}`)).toMatchObject({ userId: '1000000002' });
  });

  it('refuses algorithm confusion: an HS256 token keyed with the public key', async () => {
    const verify = createViewerVerifier({ jwksUrl });
    const hmacKey = new TextEncoder().encode(JSON.stringify(publicJwk));
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).setSubject('1000000002').setExpirationTime('1h').sign(hmacKey);
    await expect(verify(`Bearer ${token}`)).rejects.toBeInstanceOf(ViewerAuthError);
  });
});
