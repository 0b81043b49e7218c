import { moneyAmount } from '../lib/money.js';
import type { MoneyResolvers } from '../types.generated.js';

export const Money: MoneyResolvers = {
  amount: (money) => moneyAmount(money.amount, money.currencyCode),
};
