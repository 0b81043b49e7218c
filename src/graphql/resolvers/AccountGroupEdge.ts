import type { AccountGroupEdgeResolvers } from '../types.generated.js';

export const AccountGroupEdge: AccountGroupEdgeResolvers = {};
