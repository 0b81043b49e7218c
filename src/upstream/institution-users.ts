import type { BankCallContext } from './client.js';
import { hasString } from './service-helpers.js';
import type { InstitutionUserDto } from './types.js';

/**
 * The user's profile with `institutionCustomers[]`: where the gateway learns a business user's
 * locations. The user is addressed in the path here, so no hostUserId/loginId query parameter.
 */
export async function getInstitutionUser(ctx: BankCallContext): Promise<InstitutionUserDto> {
  const { body } = await ctx.client.request<InstitutionUserDto>({
    service: 'institution-users',
    method: 'GET',
    id: ctx.user.userId,
    query: { userIdType: ctx.user.idType === 'loginId' ? 'LOGIN_ID' : 'HOST_USER_ID' },
    validate: hasString('institutionUserId'),
  }, ctx.call);
  return body;
}
