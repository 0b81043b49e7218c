import type { RecipientUpdatePayloadResolvers } from '../types.generated.js';

export const RecipientUpdatePayload: RecipientUpdatePayloadResolvers = {};
