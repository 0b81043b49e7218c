import type { TransactionEdgeResolvers } from '../types.generated.js';

export const TransactionEdge: TransactionEdgeResolvers = {};
