import type { AccountGroupConnectionResolvers } from '../types.generated.js';

export const AccountGroupConnection: AccountGroupConnectionResolvers = {};
