/**
 * Both path styles are live in Candescent's documents (docs/bank-contract.md "Paths and hosts"): `db` is the
 * Accounts API v2.5 style with a per-service prefix, `v1` the current spec 1.11 style.
 */
import type { UpstreamService } from './events.js';

export type ApiStyle = 'db' | 'v1';

/** Each bank service has exactly one resource collection the gateway uses. */
export type BankResource = Exclude<UpstreamService, 'token'>;

const PATHS: Record<ApiStyle, Record<BankResource, string>> = {
  db: {
    accounts: '/db-accounts/v1/accounts',
    recipients: '/db-recipients/v1/recipients',
    transactions: '/db-transactions/v1/transactions',
    'institution-users': '/db-users/v1/institution-users',
  },
  v1: {
    accounts: '/v1/accounts',
    recipients: '/v1/recipients',
    transactions: '/v1/transactions',
    'institution-users': '/v1/institution-users',
  },
};

/** The OAuth endpoints did not move between the two styles. */
export const TOKEN_PATH = '/oauth2/v1/token';
export const REVOKE_PATH = '/oauth2/v1/revoke';

/** `/…/accounts` or `/…/accounts/{id}`; ids are encoded so they can never add path segments or a query. */
export function resourcePath(style: ApiStyle, resource: BankResource, id?: string): string {
  const base = PATHS[style][resource];
  if (id === undefined) return base;
  // An empty id would silently turn a single-item call into the list endpoint; `.` and `..` survive
  // encodeURIComponent and would be resolved as dot segments by the bank's proxies.
  if (id === '' || id === '.' || id === '..') throw new RangeError(`${resource} id is not a path segment`);
  return `${base}/${encodeURIComponent(id)}`;
}

export type QueryValue = string | number | boolean | undefined;

/**
 * `?k=v&…` with values percent-encoded and undefined values left out. Not URLSearchParams#toString:
 * it would send `$filter` as `%24filter` (OData servers match the literal key) and spaces as `+`,
 * which only form-aware parsers read as a space; encodeURIComponent's `%20` is read as a space by all.
 */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (!/^\$?[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new RangeError(`unexpected query key "${key}"`);
    pairs.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
