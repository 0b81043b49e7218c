import type { BankCallContext } from './client.js';
import { hasArray } from './service-helpers.js';
import type { CustomerInformationDto } from './types.js';

/**
 * The UX customer profile (`customers[]` in location order). A UX endpoint: it traces with
 * `correlationId` and knows users only by login id or legacy customer id, not by host user id.
 */
export async function getCustomerInformation(ctx: BankCallContext): Promise<CustomerInformationDto> {
  if (ctx.user.idType !== 'loginId') {
    throw new RangeError('the customers endpoint addresses users by loginId only');
  }
  const { body } = await ctx.client.request<CustomerInformationDto>({
    service: 'customers',
    method: 'GET',
    id: ctx.user.userId,
    query: { userIdType: 'LOGIN_ID' },
    traceHeader: 'correlationId',
    validate: hasArray('customers'),
  }, ctx.call);
  return body;
}
