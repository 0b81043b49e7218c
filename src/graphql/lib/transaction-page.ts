import { badUserInput } from '../../errors.js';
import { cursorOffset, offsetConnection, pageSize, type OffsetPage } from './paging.js';
import type { TransactionMatcher } from './transaction-filter.js';
import type { Loaders } from '../../upstream/loaders.js';
import type { AccountDto, TransactionDto, TransactionsResponseDto } from '../../upstream/types.js';
import type { ResolversTypes } from '../types.generated.js';

const MAX_PAGE = 100;
export const DEFAULT_TRANSACTIONS_PAGE = 25;
/**
 * Rows asked for when the gateway needs the whole date window, to apply criteria the bank cannot or to find the end
 * of the list for `last` without `before`: still one call, as for any page.
 */
export const WHOLE_WINDOW_MAX = 1000;

type Connection = ResolversTypes['TransactionConnection'];

export function emptyTransactionConnection(): Connection {
  return offsetConnection('tx', 0, [], 0);
}

export interface TransactionPageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** Criteria beyond the dates (transaction-filter.ts); their key is part of the cursors. */
  matcher?: TransactionMatcher;
}

/** The page the arguments ask for, in offsets of the (filtered) list: from `start`, or backwards from `end`. */
interface PageRequest {
  size: number;
  fromEnd: boolean;
  /** First offset the page may use (after `after`). */
  low: number;
  /** Offset of `before`: the page ends before it. Undefined: the end of the list. */
  high?: number;
}

function pageRequest(kind: string, args: TransactionPageArgs): PageRequest {
  if (args.first != null && args.last != null) throw badUserInput('first and last cannot be used together');
  const fromEnd = args.last != null;
  return {
    fromEnd,
    size: pageSize(fromEnd ? 'last' : 'first', fromEnd ? args.last : args.first, MAX_PAGE, DEFAULT_TRANSACTIONS_PAGE),
    low: args.after ? cursorOffset(kind, args.after, 'after') + 1 : 0,
    high: args.before ? cursorOffset(kind, args.before, 'before') : undefined,
  };
}

/** The offsets [start, end) of the page in a list of `length` entries (Relay: cursors first, then first/last). */
function slice(request: PageRequest, length: number): { start: number; end: number } {
  const high = Math.min(request.high ?? length, length);
  const start = request.fromEnd ? Math.max(request.low, high - request.size) : request.low;
  const end = request.fromEnd ? high : Math.min(start + request.size, high);
  // Cursors that cross (`after` at or past `before`) select nothing.
  return { start, end: Math.max(end, start) };
}

/**
 * One bank call per page. Without criteria and with a known start, `first`/`after` (or `last`/`before`) become
 * `$skip`/`$top` and `totalCount` is the bank's `pagination.count` (or, where the bank ignores paging, the size of the
 * window it returned). With criteria, or `last` from the end, the call asks for the whole window and the gateway
 * filters and pages it.
 */
export async function transactionConnection(loaders: Loaders, account: AccountDto, args: TransactionPageArgs): Promise<Connection> {
  // The window (and the criteria) are part of the cursor's kind: a cursor of another list would point at other rows.
  const kind = `tx/${args.startDate ?? ''}/${args.endDate ?? ''}${args.matcher ? `/${args.matcher.key}` : ''}`;
  const request = pageRequest(kind, args);
  const window = { account, startDate: args.startDate ?? undefined, endDate: args.endDate ?? undefined };
  if (args.matcher || (request.fromEnd && request.high === undefined)) {
    const page = await loaders.transactions.load({ ...window, skip: 0, top: WHOLE_WINDOW_MAX });
    const rows = wholeWindow(page);
    return connectionOver(args.matcher ? rows.filter((t) => args.matcher!.matches(t)) : rows, kind, request);
  }
  const { start, end } = slice(request, Number.MAX_SAFE_INTEGER);
  // `$top` is at least 1 at the bank: an empty range (`before` the first row) still learns the count.
  const page = await loaders.transactions.load({ ...window, skip: start, top: Math.max(end - start, 1) });
  return transactionConnectionFrom(page, kind, { offset: start, limit: end - start });
}

/**
 * Whether the bank ignored `$skip`/`$top` and answered the whole window (the strict reading of the `db`-style
 * endpoint, docs/bank-contract.md): rows but no `pagination`. A bank that pages leaves `pagination` out only when it
 * returns no rows (an empty window, or `$skip` past its end); when it pages, more rows than asked for only means it
 * raised `$top` to its minimum page size, and the rows still start at `$skip`.
 */
function ignoredPaging(page: TransactionsResponseDto): boolean {
  return page.pagination === undefined && page.transactions.length > 0;
}

/** All rows of the window; a window larger than one call may return cannot be filtered or counted from its end. */
function wholeWindow(page: TransactionsResponseDto): TransactionDto[] {
  const count = page.pagination?.count;
  if (count !== undefined && count > page.transactions.length) {
    throw badUserInput(`the date window holds more than ${WHOLE_WINDOW_MAX} transactions: narrow it with startDate and endDate`);
  }
  return page.transactions;
}

/** A page of a list the gateway holds whole (filtered, or the whole window for `last`). */
function connectionOver(rows: TransactionDto[], kind: string, request: PageRequest): Connection {
  const { start, end } = slice(request, rows.length);
  return offsetConnection(kind, start, rows.slice(start, end), rows.length);
}

/** The connection for one page the bank returned at `offset`; cursors carry `kind` (list and window). */
export function transactionConnectionFrom(page: TransactionsResponseDto, kind: string, { offset, limit }: OffsetPage): Connection {
  const whole = ignoredPaging(page);
  // Paged on the gateway over what the bank returned when the bank did not page itself.
  const rows = whole ? page.transactions.slice(offset, offset + limit) : page.transactions.slice(0, limit);
  // The bank leaves pagination out for an empty window; past the end of a non-empty one the total is unknown.
  const total = whole ? page.transactions.length : page.pagination?.count ?? (offset === 0 && rows.length === 0 ? 0 : undefined);
  return offsetConnection(kind, offset, rows, total);
}
