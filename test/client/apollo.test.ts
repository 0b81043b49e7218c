// Apollo Client 4 (core) against a real gateway over HTTP, set up as docs/front-end.md says (recipes/apollo.ts).
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { AccountDetailDocument, RenameAccountDocument, RetailDashboardDocument, UpdateRecipientDocument } from './generated/graphql.js';
import { createApolloClient } from './recipes/apollo.js';

const manifestPath = fileURLToPath(new URL('./generated/persisted-documents.json', import.meta.url));

let gw: TestGateway;
const clientFor = async (options?: { persisted?: boolean }) => createApolloClient(`${gw.url}/graphql`, await gw.token(SEED_USERS.retailRich), options);

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

describe('Apollo Client 4 with InMemoryCache', () => {
  it('loads the dashboard and keeps it in the cache after another query through viewer', async () => {
    const client = await clientFor();
    const { data } = await client.query({ query: RetailDashboardDocument });
    const everyday = data!.viewer.accounts.find((a) => a.nickName === 'Everyday')!;
    expect(everyday.balance.current).toMatchObject({ amount: '4825.37', currencyCode: 'USD' });

    await client.query({ query: AccountDetailDocument, variables: { id: everyday.id, first: 3 } });
    const cached = client.readQuery({ query: RetailDashboardDocument });
    expect(cached?.viewer.accounts.map((a) => a.id)).toEqual(data!.viewer.accounts.map((a) => a.id));
    expect(cached?.viewer.recipients).toHaveLength(data!.viewer.recipients.length);
  });

  it('pages transactions with fetchMore into one list (relayStylePagination)', async () => {
    const client = await clientFor();
    const { data } = await client.query({ query: RetailDashboardDocument });
    const id = data!.viewer.accounts.find((a) => a.nickName === 'Everyday')!.id;
    const watched = client.watchQuery({ query: AccountDetailDocument, variables: { id, first: 4 } });
    const first = await firstValueFrom(watched.pipe(filter((result) => result.dataState === 'complete')));
    const page = first.data.viewer.account!.transactions!;
    expect(page.edges).toHaveLength(4);
    await watched.fetchMore({ variables: { after: page.pageInfo.endCursor } });
    const merged = client.readQuery({ query: AccountDetailDocument, variables: { id, first: 4 } })!.viewer.account!.transactions!;

    const direct = await gw.query('query($id: ID!) { viewer { account(id: $id) { transactions(first: 8) { edges { node { id } } } } } }', { id }, SEED_USERS.retailRich);
    expect(merged.edges.map((e) => e.node.id)).toEqual(direct.body.data!.viewer.account.transactions.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(merged.pageInfo.hasNextPage).toBe(true);
  });

  it('reports userErrors of mutations as data and updates the cached dashboard after a rename', async () => {
    const client = await clientFor();
    const { data } = await client.query({ query: RetailDashboardDocument });
    const [first, second] = data!.viewer.recipients;

    const duplicate = await client.mutate({ mutation: UpdateRecipientDocument, variables: { id: first!.id, input: { nickName: second!.nickName } } });
    expect(duplicate.data?.recipientUpdate?.userErrors).toEqual([{ __typename: 'UserError', code: 'DUPLICATE_NICKNAME', field: ['input', 'nickName'], message: expect.any(String) }]);

    const rename = await client.mutate({ mutation: RenameAccountDocument, variables: { id: data!.viewer.accounts[0]!.id, input: { nickName: 'Bills' } } });
    expect(rename.data?.accountUpdate?.userErrors.map((e) => e.code)).toEqual(['NOT_SUPPORTED']);

    await client.mutate({ mutation: UpdateRecipientDocument, variables: { id: first!.id, input: { nickName: 'Landlord' } } });
    const cached = client.readQuery({ query: RetailDashboardDocument });
    expect(cached?.viewer.recipients.find((r) => r.id === first!.id)?.nickName).toBe('Landlord');
  });

  it('surfaces the gateway error codes', async () => {
    const client = await clientFor();
    const missing = await client.query({ query: AccountDetailDocument, variables: { id: 'not-an-id' }, errorPolicy: 'all' });
    expect(missing.data?.viewer.account).toBeNull();
    expect(CombinedGraphQLErrors.is(missing.error) && missing.error.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

    const anonymous = createApolloClient(`${gw.url}/graphql`, 'not-a-token');
    const refused = await anonymous.query({ query: RetailDashboardDocument, errorPolicy: 'all' });
    expect(CombinedGraphQLErrors.is(refused.error) && refused.error.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('registers and then hits a persisted query with the persisted-query link', async () => {
    const sent = await requestBodies(async () => {
      const { data } = await (await clientFor({ persisted: true })).query({ query: RetailDashboardDocument });
      expect(data?.viewer.accounts.length).toBeGreaterThan(0);
      await (await clientFor({ persisted: true })).query({ query: RetailDashboardDocument });
    });
    // miss (hash only) → register (hash + text) → hit (hash only, from a fresh client)
    expect(sent.map((body) => ('query' in body ? 'text' : 'hash'))).toEqual(['hash', 'text', 'hash']);
  });
});

/** What the client POSTed while `run` ran (Apollo's HttpLink calls the global fetch). */
async function requestBodies(run: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const sent: Array<Record<string, unknown>> = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    if (typeof init?.body === 'string') sent.push(JSON.parse(init.body) as Record<string, unknown>);
    return realFetch(input, init);
  };
  try {
    await run();
  } finally {
    globalThis.fetch = realFetch;
  }
  return sent;
}

describe('Apollo Client 4 against SAFELIST_MODE=enforce', () => {
  let enforced: TestGateway;
  const enforcedClient = async (options?: { persisted?: boolean }) =>
    createApolloClient(`${enforced.url}/graphql`, await enforced.token(SEED_USERS.retailRich), options);

  beforeAll(async () => {
    enforced = await startTestGateway({ env: { SAFELIST_MANIFEST: manifestPath, SAFELIST_MODE: 'enforce' } });
  });
  afterAll(() => enforced.close());

  it('runs the manifest by hash alone, and the answers carry __typename so the cache normalises them', async () => {
    const client = await enforcedClient({ persisted: true });
    const sent = await requestBodies(async () => {
      const { data } = await client.query({ query: RetailDashboardDocument });
      const everyday = data!.viewer.accounts.find((a) => a.nickName === 'Everyday')!;
      await client.query({ query: AccountDetailDocument, variables: { id: everyday.id, first: 3 } });
    });
    expect(sent.every((body) => !('query' in body))).toBe(true);

    const dashboard = client.readQuery({ query: RetailDashboardDocument });
    expect(dashboard?.viewer.accounts.length).toBeGreaterThan(0);
    const keys = Object.keys(client.cache.extract() as Record<string, unknown>);
    expect(keys).toContain(`Viewer:${dashboard!.viewer.id}`);
    expect(keys).toContain(`Account:${dashboard!.viewer.accounts[0]!.id}`);
  });

  it('refuses the same client without the persisted-query link: it sends text', async () => {
    const { error } = await (await enforcedClient()).query({ query: RetailDashboardDocument, errorPolicy: 'all' });
    expect(CombinedGraphQLErrors.is(error) && error.errors.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
  });
});
