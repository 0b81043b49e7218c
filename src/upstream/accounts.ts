import type { BankCallContext } from './client.js';
import { hasArray, hasString, userQuery } from './service-helpers.js';
import type { AccountDto, AccountsResponseDto, AccountUpdateDto } from './types.js';

export interface AccountViewParams {
  viewName?: 's' | 'm' | undefined;
  crossAccount?: boolean | undefined;
  additionalFields?: boolean | undefined;
  institutionCustomerId?: string | undefined;
}

export interface ListAccountsParams extends AccountViewParams {
  /** OData `$filter` (see odata.ts). */
  filter?: string | undefined;
  /** Business users: the n-th location group (`$apply=groupBy(customer)&$skipGroups=n&$topGroups=1`). */
  group?: { skip: number } | undefined;
}

export async function listAccounts(ctx: BankCallContext, params: ListAccountsParams = {}): Promise<AccountsResponseDto> {
  const { body } = await ctx.client.request<AccountsResponseDto>({
    service: 'accounts',
    method: 'GET',
    query: {
      ...userQuery(ctx.user),
      ...viewQuery(params),
      $filter: params.filter,
      // The bank pages groups one at a time only: $topGroups other than 1 is rejected (ACC_99994).
      ...(params.group ? { $apply: 'groupBy(customer)', $skipGroups: params.group.skip, $topGroups: 1 } : {}),
    },
    validate: hasArray('accounts'),
  }, ctx.call);
  return body;
}

export async function getAccount(ctx: BankCallContext, accountId: string, params: AccountViewParams = {}): Promise<AccountDto> {
  const { body } = await ctx.client.request<AccountDto>({
    service: 'accounts',
    method: 'GET',
    id: accountId,
    query: { ...userQuery(ctx.user), ...viewQuery(params) },
    validate: hasString('id'),
  }, ctx.call);
  return body;
}

/**
 * Nickname/visibility change: PATCH on the account (assumed, sent only with ACCOUNT_UPDATE=patch;
 * docs/bank-contract.md); answers the updated account.
 */
export async function updateAccount(
  ctx: BankCallContext, accountId: string, change: AccountUpdateDto, params: { institutionCustomerId?: string } = {},
): Promise<AccountDto> {
  const { body } = await ctx.client.request<AccountDto>({
    service: 'accounts',
    method: 'PATCH',
    id: accountId,
    query: { ...userQuery(ctx.user), institutionCustomerId: params.institutionCustomerId },
    body: change,
    validate: hasString('id'),
  }, ctx.call);
  return body;
}

function viewQuery(params: AccountViewParams) {
  return {
    institutionCustomerId: params.institutionCustomerId,
    viewName: params.viewName,
    crossAccount: params.crossAccount,
    additionalFields: params.additionalFields,
  };
}
