import { offsetConnection, offsetPage, type OffsetPage } from './paging.js';
import type { Loaders } from '../../upstream/loaders.js';
import type { AccountDto, TransactionsResponseDto } from '../../upstream/types.js';
import type { ResolversTypes } from '../types.generated.js';

const MAX_PAGE = 100;
const DEFAULT_PAGE = 25;

type Connection = ResolversTypes['TransactionConnection'];

export function emptyTransactionConnection(): Connection {
  return offsetConnection('tx', 0, [], 0);
}

export interface TransactionPageArgs {
  first?: number | null;
  after?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

/**
 * One bank call per page: `first`/`after` become `$top`/`$skip`, `totalCount` is the bank's `pagination.count`
 * (or, where the bank ignores paging, the size of the window it returned).
 */
export async function transactionConnection(loaders: Loaders, account: AccountDto, args: TransactionPageArgs): Promise<Connection> {
  // The window is part of the cursor's kind: a cursor from another window would point at other rows.
  const kind = `tx/${args.startDate ?? ''}/${args.endDate ?? ''}`;
  const { offset, limit } = offsetPage(kind, args.first, args.after, MAX_PAGE, DEFAULT_PAGE);
  const page = await loaders.transactions.load({
    account,
    skip: offset,
    top: limit,
    startDate: args.startDate ?? undefined,
    endDate: args.endDate ?? undefined,
  });
  return transactionConnectionFrom(page, kind, { offset, limit });
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

/** The connection for one page the bank returned at `offset`; cursors carry `kind` (list and window). */
export function transactionConnectionFrom(page: TransactionsResponseDto, kind: string, { offset, limit }: OffsetPage): Connection {
  const whole = ignoredPaging(page);
  // Paged on the gateway over what the bank returned when the bank did not page itself.
  const rows = whole ? page.transactions.slice(offset, offset + limit) : page.transactions.slice(0, limit);
  // The bank leaves pagination out for an empty window; past the end of a non-empty one the total is unknown.
  const total = whole ? page.transactions.length : page.pagination?.count ?? (offset === 0 && rows.length === 0 ? 0 : undefined);
  return offsetConnection(kind, offset, rows, total);
}
