import { createHash } from 'node:crypto';
import { badUserInput } from '../../errors.js';
import { decimalFromNumber } from '../resolvers/Decimal.js';
import { compareDecimals } from './decimal.js';
import type { TransactionDto } from '../../upstream/types.js';
import type { TransactionFilter, TransactionType } from '../types.generated.js';

const MAX_TEXT = 100;

/** The criteria of a TransactionFilter beyond its dates, which the gateway applies to the bank's whole window. */
export interface TransactionMatcher {
  /** Stable digest of the criteria, for cursors: a cursor of one filtered list must not page another. */
  key: string;
  matches(transaction: TransactionDto): boolean;
}

/**
 * Why not on the bank: its transactions endpoint refuses `$filter` (TXN_20005), and applies `isCreditTransaction`
 * after its paging (docs/bank-contract.md), which would leave pages short and `pagination.count` unfiltered.
 * `typeOf` is the schema's reading of the bank's type (OTHER for one it does not list). Undefined: no criteria.
 */
export function transactionMatcher(
  filter: TransactionFilter | null | undefined, typeOf: (raw: string | undefined) => TransactionType,
): TransactionMatcher | undefined {
  const types = filter?.types ?? undefined;
  const direction = filter?.direction ?? undefined;
  const min = filter?.amount?.min ?? undefined;
  const max = filter?.amount?.max ?? undefined;
  const text = filter?.text ?? undefined;
  if (!types && !direction && min === undefined && max === undefined && text === undefined) return undefined;
  if (min !== undefined && max !== undefined && compareDecimals(min, max) > 0) throw badUserInput('filter.amount.min must not be above max');
  if (text !== undefined && (text.length < 1 || text.length > MAX_TEXT)) {
    throw badUserInput(`filter.text must be 1 to ${MAX_TEXT} characters`);
  }
  const needle = text?.toLowerCase();
  const wanted = types && new Set(types);
  const criteria = { types: wanted && [...wanted].sort(), direction, min, max, text: needle };
  return {
    key: createHash('sha256').update(JSON.stringify(criteria)).digest('base64url').slice(0, 12),
    matches(transaction) {
      if (wanted && !wanted.has(typeOf(transaction.type))) return false;
      if (direction && (direction === 'CREDIT') !== transaction.isCreditTransaction) return false;
      const amount = decimalFromNumber(transaction.amount.amount);
      if (min !== undefined && compareDecimals(amount, min) < 0) return false;
      if (max !== undefined && compareDecimals(amount, max) > 0) return false;
      return needle === undefined || (transaction.description ?? '').toLowerCase().includes(needle);
    },
  };
}
