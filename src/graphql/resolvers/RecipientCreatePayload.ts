import type { RecipientCreatePayloadResolvers } from '../types.generated.js';

export const RecipientCreatePayload: RecipientCreatePayloadResolvers = {};
