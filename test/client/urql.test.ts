// urql 6 (core) with its default exchanges against a real gateway over HTTP (recipes/urql.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { AccountDetailDocument, RetailDashboardDocument, UpdateRecipientDocument } from './generated/graphql.js';
import { createUrqlClient } from './recipes/urql.js';

let gw: TestGateway;
const clientFor = async () => createUrqlClient(`${gw.url}/graphql`, await gw.token(SEED_USERS.retailRich));

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

describe('urql 6 with its defaults (GET within the URL limit, document cache)', () => {
  it('loads the dashboard, then answers it from its cache after another viewer query', async () => {
    const client = await clientFor();
    const dashboard = await client.query(RetailDashboardDocument, {}).toPromise();
    expect(dashboard.error).toBeUndefined();
    const everyday = dashboard.data!.viewer.accounts.find((a) => a.nickName === 'Everyday')!;
    expect(everyday.balance.current).toMatchObject({ amount: '4825.37', currencyCode: 'USD' });

    const detail = await client.query(AccountDetailDocument, { id: everyday.id, first: 3 }).toPromise();
    expect(detail.data?.viewer.account?.transactions?.edges).toHaveLength(3);
    gw.resetCalls();
    const cached = await client.query(RetailDashboardDocument, {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data?.viewer.accounts.map((a) => a.id)).toEqual(dashboard.data!.viewer.accounts.map((a) => a.id));
    expect(gw.upstreamCalls()).toEqual([]);
  });

  it('pages transactions with after: endCursor', async () => {
    const client = await clientFor();
    const { data } = await client.query(RetailDashboardDocument, {}).toPromise();
    const id = data!.viewer.accounts.find((a) => a.nickName === 'Everyday')!.id;
    const first = (await client.query(AccountDetailDocument, { id, first: 4 }).toPromise()).data!.viewer.account!.transactions!;
    const next = (await client.query(AccountDetailDocument, { id, first: 4, after: first.pageInfo.endCursor }).toPromise()).data!.viewer.account!.transactions!;
    const both = (await client.query(AccountDetailDocument, { id, first: 8 }).toPromise()).data!.viewer.account!.transactions!;
    expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(both.edges.map((e) => e.node.id));
  });

  it('reports userErrors as data, and a successful mutation refreshes the cached dashboard', async () => {
    const client = await clientFor();
    const { data } = await client.query(RetailDashboardDocument, {}).toPromise();
    const [first, second] = data!.viewer.recipients;
    const duplicate = await client.mutation(UpdateRecipientDocument, { id: first!.id, input: { nickName: second!.nickName } }).toPromise();
    expect(duplicate.data?.recipientUpdate?.userErrors.map((e) => [e.code, e.field])).toEqual([['DUPLICATE_NICKNAME', ['input', 'nickName']]]);

    await client.mutation(UpdateRecipientDocument, { id: first!.id, input: { nickName: 'Landlord' } }).toPromise();
    // The document cache drops every result that contained a Recipient, so this is a fresh request.
    const refreshed = await client.query(RetailDashboardDocument, {}).toPromise();
    expect(refreshed.data?.viewer.recipients.find((r) => r.id === first!.id)?.nickName).toBe('Landlord');
  });

  it('surfaces the gateway error codes', async () => {
    const client = await clientFor();
    const missing = await client.query(AccountDetailDocument, { id: 'not-an-id' }).toPromise();
    expect(missing.data?.viewer.account).toBeNull();
    expect(missing.error?.graphQLErrors.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);

    const refused = await createUrqlClient(`${gw.url}/graphql`, 'not-a-token').query(RetailDashboardDocument, {}).toPromise();
    expect(refused.error?.graphQLErrors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});
