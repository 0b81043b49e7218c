import { badUserInput } from '../../errors.js';

export interface OffsetPage {
  offset: number;
  limit: number;
}

/** Cursors are opaque to clients; inside they are offsets, which is how the bank pages ($skip/$skipGroups). */
export function offsetCursor(kind: string, offset: number): string {
  return Buffer.from(`${kind}:${offset}`).toString('base64url');
}

/** The offset inside a cursor of `kind`; BAD_USER_INPUT, naming the argument, for a cursor of another list. */
export function cursorOffset(kind: string, cursor: string, argument: 'after' | 'before'): number {
  const match = new RegExp(`^${kind}:(\\d{1,9})$`).exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput(`${argument} is not a cursor of this list`);
  return Number(match[1]);
}

/** A page size argument, refusing values the bank would reject or that would fan out unbounded. */
export function pageSize(argument: 'first' | 'last', value: number | null | undefined, max: number, fallback: number): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badUserInput(`${argument} must be between 1 and ${max}`);
  return size;
}

/** `first`/`after` → offset/limit. */
export function offsetPage(kind: string, first: number | null | undefined, after: string | null | undefined, max: number, fallback: number): OffsetPage {
  const limit = pageSize('first', first, max, fallback);
  return { offset: after ? cursorOffset(kind, after, 'after') + 1 : 0, limit };
}

export interface OffsetConnection<T, Total = number | null> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  /** Null when the bank did not say (past the end of a list it pages). */
  totalCount: Total;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** The one connection builder: `rows` are the page at `offset` of a list of `total` rows (undefined: unknown). */
export function offsetConnection<T>(kind: string, offset: number, rows: T[], total: number): OffsetConnection<T, number>;
export function offsetConnection<T>(kind: string, offset: number, rows: T[], total: number | undefined): OffsetConnection<T>;
export function offsetConnection<T>(kind: string, offset: number, rows: T[], total: number | undefined): OffsetConnection<T> {
  const edges = rows.map((node, i) => ({ cursor: offsetCursor(kind, offset + i), node }));
  return {
    edges,
    nodes: rows,
    totalCount: total ?? null,
    pageInfo: {
      hasNextPage: total !== undefined && offset + rows.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
