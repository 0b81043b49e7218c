import { badUserInput } from '../../errors.js';

export interface OffsetPage {
  offset: number;
  limit: number;
}

/** Cursors are opaque to clients; inside they are offsets, which is how the bank pages ($skip/$skipGroups). */
function offsetCursor(kind: string, offset: number): string {
  return Buffer.from(`${kind}:${offset}`).toString('base64url');
}

/** `first`/`after` → offset/limit, refusing values the bank would reject or that would fan out unbounded. */
export function offsetPage(kind: string, first: number | null | undefined, after: string | null | undefined, max: number, fallback: number): OffsetPage {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw badUserInput(`first must be between 1 and ${max}`);
  if (!after) return { offset: 0, limit };
  const match = new RegExp(`^${kind}:(\\d{1,9})$`).exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('after is not a cursor of this list');
  return { offset: Number(match[1]) + 1, limit };
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
