// graphql-request 7 against a real gateway over HTTP (recipes/graphql-request.ts).
import { ClientError } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { AccountDetailDocument, RenameAccountDocument, RetailDashboardDocument, UpdateRecipientDocument } from './generated/graphql.js';
import { createRequestClient } from './recipes/graphql-request.js';

let gw: TestGateway;
const clientFor = async () => createRequestClient(`${gw.url}/graphql`, await gw.token(SEED_USERS.retailRich));

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

const codesOf = async (request: Promise<unknown>) => {
  const error = await request.then(() => null, (e: unknown) => e);
  return error instanceof ClientError ? error.response.errors?.map((e) => e.extensions?.code) : error;
};

describe('graphql-request 7 with its defaults', () => {
  it('loads the dashboard and pages transactions', async () => {
    const client = await clientFor();
    const { viewer } = await client.request(RetailDashboardDocument, {});
    const everyday = viewer.accounts.find((a) => a.nickName === 'Everyday')!;
    expect(everyday.balance.current).toMatchObject({ amount: '4825.37', currencyCode: 'USD' });

    const first = (await client.request(AccountDetailDocument, { id: everyday.id, first: 4 })).viewer.account!.transactions!;
    const next = (await client.request(AccountDetailDocument, { id: everyday.id, first: 4, after: first.pageInfo.endCursor })).viewer.account!.transactions!;
    const both = (await client.request(AccountDetailDocument, { id: everyday.id, first: 8 })).viewer.account!.transactions!;
    expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(both.edges.map((e) => e.node.id));
  });

  it('reports userErrors of mutations as data', async () => {
    const client = await clientFor();
    const { viewer } = await client.request(RetailDashboardDocument, {});
    const [first, second] = viewer.recipients;
    const duplicate = await client.request(UpdateRecipientDocument, { id: first!.id, input: { nickName: second!.nickName } });
    expect(duplicate.recipientUpdate?.userErrors.map((e) => [e.code, e.field])).toEqual([['DUPLICATE_NICKNAME', ['input', 'nickName']]]);
    const rename = await client.request(RenameAccountDocument, { id: viewer.accounts[0]!.id, input: { nickName: 'Bills' } });
    expect(rename.accountUpdate?.userErrors.map((e) => e.code)).toEqual(['NOT_SUPPORTED']);
  });

  it('surfaces the gateway error codes as a ClientError', async () => {
    const client = await clientFor();
    expect(await codesOf(client.request(AccountDetailDocument, { id: 'not-an-id' }))).toEqual(['NOT_FOUND']);
    expect(await codesOf(createRequestClient(`${gw.url}/graphql`, 'not-a-token').request(RetailDashboardDocument, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
