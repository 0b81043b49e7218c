// Every front-end operation in test/client/operations, sent by the typed client to a real gateway over
// the sandbox bank. A schema change that breaks one of them fails here (and in tsc).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeed, SEED_USERS } from '../../src/sandbox/seed.js';
import type { UserContext } from '../../src/upstream/types.js';
import { PROFILES, startTestGateway, type TestGateway } from '../support/gateway.js';
import {
  AccountDetailDocument,
  AccountGroupsDocument,
  BusinessLocationsDocument,
  CreateRecipientDocument,
  DeleteRecipientDocument,
  LocationAccountsDocument,
  RecipientByIdDocument,
  RenameAccountDocument,
  RetailDashboardDocument,
  UpdateRecipientDocument,
  type AccountDetailQuery,
  type AccountGroupsQuery,
} from './generated/graphql.js';
import { createTypedClient, GatewayResponseError, type TypedClient } from './typed-client.js';

let gw: TestGateway;
const clientFor = async (user: UserContext): Promise<TypedClient> =>
  createTypedClient({ endpoint: `${gw.url}/graphql`, token: await gw.token(user) });


/** Compile-time only: the generated types reject what the schema rejects. Never called. */
export function typeChecks(client: TypedClient): void {
  // @ts-expect-error `id` is a required variable of AccountDetail.
  void client.execute(AccountDetailDocument, { first: 10 });
  // @ts-expect-error not a RecipientAccountType.
  void client.execute(CreateRecipientDocument, { input: { memberNumber: '1', accountNumber: '2', accountType: 'PIGGY_BANK' } });
  void client.execute(RetailDashboardDocument).then((data) => {
    // @ts-expect-error balances are exact decimal strings, never numbers.
    const cents: number = data.viewer.accounts[0]!.balance.current!.amount;
    return cents;
  });
}

describe.each(PROFILES)('typed client operations against a running gateway, %s bank', (profile) => {
  const strict = profile === 'strict';
  beforeAll(async () => {
    // The lenient bank has the (assumed) account update, so the rename flow is exercised there; against the strict
    // bank the gateway keeps the default (off) and the client sees NOT_SUPPORTED.
    gw = await startTestGateway({ profile, env: strict ? {} : { ACCOUNT_UPDATE: 'patch' } });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('RetailDashboard: accounts with balances, status and nicknames, plus recipients', async () => {
    const client = await clientFor(SEED_USERS.retailRich);
    gw.resetCalls();
    const { viewer } = await client.execute(RetailDashboardDocument);

    expect(viewer.accounts.length).toBeGreaterThanOrEqual(40);
    const everyday = viewer.accounts.find((a) => a.nickName === 'Everyday')!;
    expect(everyday).toMatchObject({
      displayName: 'Everyday',
      category: 'DEPOSIT',
      type: { code: 'CHECKING' },
      balance: { current: { amount: '4825.37', currencyCode: 'USD' } },
      status: { isOpen: true, isClosed: false },
      allowedActions: { canTransferFrom: true },
    });
    expect(new Set(viewer.accounts.map((a) => a.category))).toEqual(
      new Set(['DEPOSIT', 'LOAN', 'INVESTMENT', 'TIERED_LOAN', 'CROSS_USER_ACCOUNT']),
    );
    expect(viewer.recipients.map((r) => r.nickName)).toEqual(expect.arrayContaining(['Sam - rent split', 'Chris N']));
    const routes = gw.upstreamCalls().map((c) => c.route);
    expect(routes).toEqual(expect.arrayContaining(['accounts', 'recipients']));
    expect(routes).not.toContain('transactions');

    const loans = await client.execute(RetailDashboardDocument, { filter: { categories: ['LOAN'], includeCrossAccounts: false } });
    expect(loans.viewer.accounts.length).toBeGreaterThan(0);
    expect(loans.viewer.accounts.every((a) => a.category === 'LOAN')).toBe(true);
  });

  it('AccountDetail: pages through the transactions with first/after until hasNextPage is false', async () => {
    const client = await clientFor(SEED_USERS.retailRich);
    const { viewer } = await client.execute(RetailDashboardDocument);
    const id = viewer.accounts.find((a) => a.nickName === 'Everyday')!.id;
    gw.resetCalls();

    type Page = NonNullable<NonNullable<AccountDetailQuery['viewer']['account']>['transactions']>;
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const detail: AccountDetailQuery = await client.execute(AccountDetailDocument, { id, first: 10, after });
      expect(detail.viewer.account).toMatchObject({ id, nickName: 'Everyday', allowedActions: { historyEnabled: true } });
      const page = detail.viewer.account!.transactions!;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 20);

    expect(pages.length).toBeGreaterThan(1);
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(pages[0]!.totalCount!);
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(pages[1]!.pageInfo.hasPreviousPage).toBe(true);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    const nodes = pages.flatMap((p) => p.edges.map((e) => e.node));
    // USD amounts carry cents, also where the bank sent a whole number.
    for (const node of nodes) expect(node.amount.amount).toMatch(/^\d+\.\d{2}$/);
    const first = nodes[0]!;
    expect(first.signedAmount.amount.startsWith('-')).toBe(first.direction === 'DEBIT');
    // One bank page per GraphQL page, offset by the cursor.
    const skips = gw.upstreamCalls().filter((c) => c.route === 'transactions').map((c) => c.query.$skip ?? '0');
    expect(skips).toEqual(pages.map((_, i) => String(i * 10)));
  });

  it('BusinessLocations and LocationAccounts: the location switcher and one location\'s accounts', async () => {
    const client = await clientFor(SEED_USERS.business);
    const { viewer } = await client.execute(BusinessLocationsDocument);
    expect(viewer.locations.length).toBeGreaterThanOrEqual(4);
    expect(viewer.locations.map((l) => l.name)).toContain('Acme Holdings LLC');
    expect(viewer.locations.filter((l) => l.isPrimary)).toHaveLength(1);

    const second = viewer.locations[1]!;
    const { viewer: scoped } = await client.execute(LocationAccountsDocument, { locationId: second.id });
    expect(scoped.accounts.length).toBeGreaterThanOrEqual(10);
    expect(scoped.accounts.every((a) => a.location?.id === second.id)).toBe(true);
  });

  it('AccountGroups: pages locations with their accounts, in the locations\' order', async () => {
    const client = await clientFor(SEED_USERS.business);
    const { viewer } = await client.execute(BusinessLocationsDocument);
    const groups = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: AccountGroupsQuery = await client.execute(AccountGroupsDocument, { first: 2, after });
      const connection = result.viewer.accountGroups;
      expect(connection.totalCount).toBe(viewer.locations.length);
      expect(connection.edges.length).toBeLessThanOrEqual(2);
      groups.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(groups.map((g) => g.location.id)).toEqual(viewer.locations.map((l) => l.id));
    expect(groups.every((g) => (g.accounts?.length ?? 0) >= 10)).toBe(true);
  });

  it('recipient management: create, refetch, duplicate, update, delete, with userErrors', async () => {
    const client = await clientFor(SEED_USERS.retailEmpty);
    // What the customer types in: Sam's member number, account number and type, and his pass code.
    const target = createSeed().accountsByLabel.get('sam:checking')!;
    const input = {
      nickName: 'Sam (client test)', fullName: 'Sam Lee', email: 'sam@example.com', passCode: 'LEE',
      memberNumber: SEED_USERS.retailSingle.hostUserId!, accountNumber: target.accountNumber, accountType: 'CHECKING' as const,
    };

    const wrongPass = await client.execute(CreateRecipientDocument, { input: { ...input, passCode: 'XYZ' } });
    expect(wrongPass.recipientCreate).toMatchObject({ recipient: null, userErrors: [{ code: 'INVALID_PASSCODE' }] });

    gw.resetCalls();
    const created = await client.execute(CreateRecipientDocument, { input });
    expect(created.recipientCreate?.userErrors).toEqual([]);
    const recipient = created.recipientCreate!.recipient!;
    expect(recipient).toMatchObject({ nickName: input.nickName, accountType: 'CHECKING', accountNumber: target.accountNumber.slice(-4) });
    expect(gw.upstreamCalls().find((c) => c.route === 'recipient-create')).toMatchObject({ method: 'POST', status: 200 });

    const refetched = await client.execute(RecipientByIdDocument, { id: recipient.id });
    expect(refetched.node).toMatchObject({ __typename: 'Recipient', id: recipient.id, nickName: input.nickName });

    const duplicate = await client.execute(CreateRecipientDocument, { input: { ...input, nickName: 'Sam again' } });
    expect(duplicate.recipientCreate?.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_RECIPIENT']);

    const updated = await client.execute(UpdateRecipientDocument, { id: recipient.id, input: { nickName: 'Sam L.' } });
    expect(updated.recipientUpdate).toMatchObject({ userErrors: [], recipient: { id: recipient.id, nickName: 'Sam L.' } });

    const deleted = await client.execute(DeleteRecipientDocument, { id: recipient.id });
    expect(deleted.recipientDelete).toMatchObject({ deletedRecipientId: recipient.id, userErrors: [] });
    // A gone node is null plus a NOT_FOUND entry: read it with request(), which keeps partial data.
    const gone = await client.request(RecipientByIdDocument, { id: recipient.id });
    expect(gone.data).toEqual({ node: null });
    expect(gone.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const again = await client.execute(DeleteRecipientDocument, { id: recipient.id });
    expect(again.recipientDelete).toMatchObject({ deletedRecipientId: null, userErrors: [{ code: 'RECIPIENT_NOT_FOUND' }] });
  });

  it('RenameAccount: renames an account, refuses a too long or joint nickname with userErrors (NOT_SUPPORTED where off)', async () => {
    const client = await clientFor(SEED_USERS.retailRich);
    const accounts = (await client.execute(RetailDashboardDocument)).viewer.accounts;
    const bills = accounts.find((a) => a.nickName === 'Bills')!;
    const household = accounts.find((a) => a.nickName === 'Household')!;

    gw.resetCalls();
    if (strict) {
      const refused = await client.execute(RenameAccountDocument, { id: bills.id, input: { nickName: 'Utilities' } });
      expect(refused.accountUpdate).toMatchObject({ account: null, userErrors: [{ code: 'NOT_SUPPORTED', field: null }] });
      expect(gw.upstreamCalls()).toHaveLength(0);
      return;
    }
    const renamed = await client.execute(RenameAccountDocument, { id: bills.id, input: { nickName: 'Utilities' } });
    expect(renamed.accountUpdate).toMatchObject({ userErrors: [], account: { id: bills.id, nickName: 'Utilities', displayName: 'Utilities' } });
    expect(gw.upstreamCalls().find((c) => c.route === 'account-update')).toMatchObject({ method: 'PATCH', status: 200 });
    const after = (await client.execute(RetailDashboardDocument)).viewer.accounts.find((a) => a.id === bills.id);
    expect(after?.nickName).toBe('Utilities');

    const tooLong = await client.execute(RenameAccountDocument, { id: bills.id, input: { nickName: 'x'.repeat(41) } });
    expect(tooLong.accountUpdate).toMatchObject({ account: null, userErrors: [{ code: 'NICKNAME_TOO_LONG', field: ['input', 'nickName'] }] });
    const joint = await client.execute(RenameAccountDocument, { id: household.id, input: { nickName: 'Ours' } });
    expect(joint.accountUpdate?.userErrors.map((e) => e.code)).toEqual(['JOINT_ACCOUNT_NICKNAME_LOCKED']);
  });

  it('surfaces gateway errors with extensions.code, upstreamCode and transactionId', async () => {
    const anonymous = createTypedClient({ endpoint: `${gw.url}/graphql` });
    const denied = await anonymous.execute(RetailDashboardDocument).catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(GatewayResponseError);
    expect((denied as GatewayResponseError).codes).toEqual(['UNAUTHENTICATED']);

    const client = await clientFor(SEED_USERS.retailRich);
    gw.sandbox.setFaults([{ route: 'recipients', kind: 'status', status: 403, code: 'ACC_00602', message: 'Unauthorized access', times: 1 }]);
    try {
      const response = await client.request(RetailDashboardDocument);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', upstreamCode: 'ACC_00602', transactionId: expect.any(String) });
    } finally {
      gw.sandbox.clearFaults();
    }
  });
});
