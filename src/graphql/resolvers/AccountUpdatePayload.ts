import type { AccountUpdatePayloadResolvers } from '../types.generated.js';

export const AccountUpdatePayload: AccountUpdatePayloadResolvers = {};
