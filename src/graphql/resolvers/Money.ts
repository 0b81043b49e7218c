import type { MoneyResolvers } from '../types.generated.js';

export const Money: MoneyResolvers = {};
