import type { TransactionConnectionResolvers } from '../types.generated.js';

export const TransactionConnection: TransactionConnectionResolvers = {};
