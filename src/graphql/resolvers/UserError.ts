import type { UserErrorResolvers } from '../types.generated.js';

export const UserError: UserErrorResolvers = {};
