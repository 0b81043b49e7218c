import type { BankCallContext } from './client.js';
import { hasArray, userQuery } from './service-helpers.js';
import type { TransactionsResponseDto } from './types.js';

export interface ListTransactionsParams {
  accountId: string;
  /** Required by the bank for business users (TXN_10006). */
  institutionCustomerId?: string | undefined;
  /** YYYY-MM-DD, inclusive; omitted → the institution's default range. */
  startDate?: string | undefined;
  endDate?: string | undefined;
  skip?: number | undefined;
  top?: number | undefined;
}

export async function listTransactions(
  ctx: BankCallContext, params: ListTransactionsParams,
): Promise<TransactionsResponseDto> {
  const { body } = await ctx.client.request<TransactionsResponseDto>({
    service: 'transactions',
    method: 'GET',
    query: {
      accountId: params.accountId,
      ...userQuery(ctx.user),
      institutionCustomerId: params.institutionCustomerId,
      startDate: params.startDate,
      endDate: params.endDate,
      $skip: params.skip,
      $top: params.top,
    },
    validate: hasArray('transactions'),
  }, ctx.call);
  return body;
}
