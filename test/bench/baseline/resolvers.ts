// The usual first attempt's resolvers: each field that needs bank data asks the REST API for it, right there.
// Mapping resolvers (balances, enums, ids) are the gateway's own, so both servers answer identically.
import { GraphQLError } from 'graphql';
import { notFound } from '../../../src/errors.js';
import { bankIdOf } from '../../../src/graphql/global-id.js';
import { historyAllowed, isVisible } from '../../../src/graphql/lib/account-fields.js';
import { offsetPage } from '../../../src/graphql/lib/paging.js';
import { emptyTransactionConnection, transactionConnectionFrom } from '../../../src/graphql/lib/transaction-page.js';
import { resolvers } from '../../../src/graphql/resolvers.generated.js';
import type { Resolvers } from '../../../src/graphql/types.generated.js';
import type {
  AccountDto, AccountsResponseDto, InstitutionCustomerDto, InstitutionUserDto, RecipientsResponseDto, TransactionsResponseDto,
} from '../../../src/upstream/types.js';
import { BankHttpError, PATHS, bankGet, type BaselineContext } from './bank.js';

// No pushdown: always the bank's full field set, plus the additional fields some GraphQL fields need.
const FULL = { additionalFields: 'true' };
// The gateway's mapping resolvers never read the context; the ones that do are all replaced below.
const shared = resolvers as unknown as Resolvers<BaselineContext>;
const notInBaseline = () => {
  throw new GraphQLError('not part of the benchmark baseline');
};

async function locations(ctx: BaselineContext): Promise<InstitutionCustomerDto[]> {
  const userIdType = ctx.user.idType === 'loginId' ? 'LOGIN_ID' : 'HOST_USER_ID';
  const user = await bankGet<InstitutionUserDto>(ctx, `${PATHS.institutionUsers}/${encodeURIComponent(ctx.user.userId)}`, { userIdType });
  return user.institutionCustomers ?? [];
}

async function listAccounts(ctx: BaselineContext, institutionCustomerId?: string): Promise<AccountDto[]> {
  return (await bankGet<AccountsResponseDto>(ctx, PATHS.accounts, { ...FULL, institutionCustomerId })).accounts;
}

async function allAccounts(ctx: BaselineContext): Promise<AccountDto[]> {
  if (ctx.user.idType === 'hostUserId') return listAccounts(ctx);
  // Business users are listed per location.
  const all = await Promise.all((await locations(ctx)).map((l) => listAccounts(ctx, l.institutionCustomerId)));
  return all.flat();
}

async function accountById(ctx: BaselineContext, id: string): Promise<AccountDto | null> {
  try {
    return await bankGet<AccountDto>(ctx, `${PATHS.accounts}/${encodeURIComponent(id)}`, FULL);
  } catch (error) {
    if (error instanceof BankHttpError && error.status === 404) return null;
    throw error;
  }
}

export const baselineResolvers: Resolvers<BaselineContext> = {
  ...shared,
  Query: { viewer: () => ({}), node: notInBaseline, nodes: notInBaseline },
  Mutation: { accountUpdate: notInBaseline, recipientCreate: notInBaseline, recipientUpdate: notInBaseline, recipientDelete: notInBaseline },
  Viewer: {
    accounts: async (_viewer, { filter }, ctx) => {
      let accounts = await allAccounts(ctx);
      if (filter?.categories) accounts = accounts.filter((a) => filter.categories!.includes(a.category));
      if (filter?.types) accounts = accounts.filter((a) => (filter.types as string[]).includes(a.type.value));
      if (filter?.includeCrossAccounts === false) accounts = accounts.filter((a) => a.category !== 'CROSS_USER_ACCOUNT');
      if (filter?.locationId) accounts = accounts.filter((a) => a.institutionCustomerId === bankIdOf(filter.locationId!, 'Location'));
      if (typeof filter?.isVisible === 'boolean') accounts = accounts.filter((a) => isVisible(a) === filter.isVisible);
      return accounts;
    },
    account: async (_viewer, { id }, ctx) => {
      const bankId = bankIdOf(id, 'Account');
      const account = bankId ? await accountById(ctx, bankId) : null;
      if (!account) throw notFound('Account');
      return account;
    },
    locations: (_viewer, _args, ctx) => locations(ctx),
    accountGroups: notInBaseline,
    recipients: async (_viewer, _args, ctx) => (await bankGet<RecipientsResponseDto>(ctx, PATHS.recipients)).recipients,
    recipient: async (_viewer, { id }, ctx) => {
      const bankId = bankIdOf(id, 'Recipient');
      const all = bankId ? (await bankGet<RecipientsResponseDto>(ctx, PATHS.recipients)).recipients : [];
      const recipient = all.find((r) => r.id === bankId);
      if (!recipient) throw notFound('Recipient');
      return recipient;
    },
  },
  Location: {
    ...shared.Location,
    accounts: (location, _args, ctx) =>
      ctx.user.idType === 'loginId'
        ? listAccounts(ctx, location.institutionCustomerId)
        : allAccounts(ctx).then((all) => all.filter((a) => a.institutionCustomerId === location.institutionCustomerId)),
  },
  AccountGroup: { accounts: notInBaseline },
  Account: {
    ...shared.Account,
    location: async (account, _args, ctx) => {
      if (!account.institutionCustomerId || account.category === 'CROSS_USER_ACCOUNT') return null;
      return (await locations(ctx)).find((l) => l.institutionCustomerId === account.institutionCustomerId) ?? null;
    },
    transactions: async (account, { first, after, filter }, ctx) => {
      if (!historyAllowed(account)) return emptyTransactionConnection();
      const kind = `tx/${filter?.startDate ?? ''}/${filter?.endDate ?? ''}`;
      const { offset, limit } = offsetPage(kind, first, after, 100, 25);
      const page = await bankGet<TransactionsResponseDto>(ctx, PATHS.transactions, {
        accountId: account.id,
        institutionCustomerId: ctx.user.idType === 'loginId' ? account.institutionCustomerId : undefined,
        startDate: filter?.startDate ?? undefined,
        endDate: filter?.endDate ?? undefined,
        $skip: offset,
        $top: limit,
      });
      return transactionConnectionFrom(page, kind, { offset, limit });
    },
  },
  Transaction: {
    ...shared.Transaction,
    account: async (transaction, _args, ctx) => {
      const account = await accountById(ctx, transaction.accountId);
      if (!account) throw notFound('Account');
      return account;
    },
  },
};
