// The production set-up: the gateway runs only the documents of the codegen-emitted manifest
// (SAFELIST_MODE=enforce), and the front end sends hashes, never operation text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import type { UserContext } from '../../src/upstream/types.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { AccountDetailDocument, BusinessLocationsDocument, RenameAccountDocument, RetailDashboardDocument } from './generated/graphql.js';
import { createTypedClient, documentHash, type TypedClientOptions } from './typed-client.js';

const manifestPath = fileURLToPath(new URL('./generated/persisted-documents.json', import.meta.url));
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;

let gw: TestGateway;
const clientFor = async (user: UserContext, send: TypedClientOptions['send']) =>
  createTypedClient({ endpoint: `${gw.url}/graphql`, token: await gw.token(user), send });

beforeAll(async () => {
  gw = await startTestGateway({ env: { SAFELIST_MANIFEST: manifestPath, SAFELIST_MODE: 'enforce', ACCOUNT_UPDATE: 'patch' } });
});
afterAll(async () => {
  await gw?.close();
});

describe('persisted documents with the safelist enforced', () => {
  it('runs operations sent by documentId only, with real data', async () => {
    const retail = await clientFor(SEED_USERS.retailRich, 'documentId');
    const { viewer } = await retail.execute(RetailDashboardDocument);
    expect(viewer.accounts.find((a) => a.nickName === 'Everyday')?.balance.current).toEqual({ __typename: 'Money', amount: '4825.37', currencyCode: 'USD' });

    const business = await clientFor(SEED_USERS.business, 'documentId');
    expect((await business.execute(BusinessLocationsDocument)).viewer.locations.map((l) => l.name)).toContain('Acme Holdings LLC');

    const refused = await retail.execute(RenameAccountDocument, { id: viewer.accounts[0]!.id, input: { nickName: '' } });
    expect(refused.accountUpdate?.userErrors.map((e) => e.code)).toEqual(['NICKNAME_EMPTY']);
  });

  it('runs operations sent as an APQ sha256Hash of the manifest text', async () => {
    const client = await clientFor(SEED_USERS.retailRich, 'persistedQuery');
    const { viewer } = await client.execute(RetailDashboardDocument);
    const everyday = viewer.accounts.find((a) => a.nickName === 'Everyday')!;
    const detail = await client.execute(AccountDetailDocument, { id: everyday.id, first: 5 });
    expect(detail.viewer.account?.transactions?.edges).toHaveLength(5);
  });

  it('knows every document of the manifest the client preset emitted', async () => {
    const token = await gw.token(SEED_USERS.retailRich);
    for (const documentId of Object.keys(manifest)) {
      const res = await fetch(`${gw.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ documentId }), // no variables: operations that need some fail validation, not the safelist
      });
      const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes, documentId).not.toContain('PERSISTED_QUERY_NOT_FOUND');
      expect(codes, documentId).not.toContain('PERSISTED_QUERY_NOT_ALLOWED');
    }
    expect(Object.keys(manifest)).toContain(documentHash(RetailDashboardDocument));
  });

  it('refuses an unknown documentId before any bank call', async () => {
    gw.resetCalls();
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.token(SEED_USERS.retailRich)}` },
      body: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}` }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(gw.upstreamCalls()).toEqual([]);
  });

  it('refuses operation text with PERSISTED_QUERY_NOT_ALLOWED before any bank call', async () => {
    gw.resetCalls();
    // The client's own printing of a safelisted operation is not the manifest's text, so it is refused too.
    const asText = await (await clientFor(SEED_USERS.retailRich, 'document')).request(RetailDashboardDocument);
    expect(asText.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
    const adHoc = await gw.query('{ viewer { accounts { id } } }', {}, SEED_USERS.retailRich);
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
    expect(gw.upstreamCalls()).toEqual([]);
  });
});
