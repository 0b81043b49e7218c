import type { RecipientDeletePayloadResolvers } from '../types.generated.js';

export const RecipientDeletePayload: RecipientDeletePayloadResolvers = {};
