// GET {transactions} (contract §8, docs/bank-contract.md "Transactions"). Dates are relative to the
// sandbox's fixed today, so the default window always returns the same items.
import type { CallContext } from '../http/context.js';
import { authorizeCall } from '../http/guard.js';
import { ApiError, type Reply } from '../http/http.js';
import type { Entitlement, TransactionRecord, UserRecord } from '../model.js';
import { SANDBOX_TODAY, addDays } from '../seed/seed-ids.js';

const SCOPES = ['transactions:read'];
/** A missing startDate is endDate minus 30 days (the "usual" FI default); endDate defaults to today. */
const DEFAULT_WINDOW_DAYS = 30;
/** `$top` below this is raised to it (the contract's "FI minimum page size"). */
const MIN_PAGE_SIZE = 1;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const badDates = () => new ApiError(400, 'TXN_10001', 'The date(s) provided could not be parsed, or represented an invalid range.');
const badParam = () => new ApiError(400, 'TXN_10005', 'Invalid query param');
const badLocation = () => new ApiError(400, 'TXN_10006', 'A valid institution customer id is required for business users.');

function dateParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  // Round-tripping through Date rejects impossible dates such as 2026-02-30.
  if (!ISO_DATE.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw badDates();
  return value;
}

function dateRange(query: URLSearchParams): { start: string; end: string } {
  const end = dateParam(query, 'endDate') ?? SANDBOX_TODAY;
  const start = dateParam(query, 'startDate') ?? addDays(end, -DEFAULT_WINDOW_DAYS);
  if (start > end) throw badDates();
  return { start, end };
}

function countParam(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw badParam();
  return Number(value);
}

function creditParam(query: URLSearchParams): boolean | undefined {
  const value = query.get('isCreditTransaction');
  if (value === null) return undefined;
  if (value !== 'true' && value !== 'false') throw badParam();
  return value === 'true';
}

function entitledAccount(ctx: CallContext, user: UserRecord): Entitlement {
  const accountId = ctx.query.get('accountId');
  if (!accountId) throw new ApiError(400, 'TXN_10007', 'A valid account id is required.');
  const location = ctx.query.get('institutionCustomerId');
  if (location === null ? user.kind === 'BUSINESS' : !user.customers.some((c) => c.institutionCustomerId === location)) {
    throw badLocation();
  }
  const entitlement = user.byAccountId.get(accountId);
  if (!entitlement || (location !== null && entitlement.institutionCustomerId !== location)) {
    throw new ApiError(404, 'TXN_90000', 'Server cannot handle this request');
  }
  const actions = entitlement.account.allowedActions;
  if (!actions.isHistoryEnabled) throw new ApiError(400, 'TXN_20001', 'Transaction history is not enabled for this account.');
  if (!actions.isHistoryEntitled) {
    throw new ApiError(400, 'TXN_20002', 'This user is not entitled to see transaction history for this account.');
  }
  return entitlement;
}

function project(user: UserRecord, entitlement: Entitlement, t: TransactionRecord): Record<string, unknown> {
  return {
    id: t.id,
    accountId: entitlement.account.id,
    institutionId: user.institutionId,
    institutionUserId: user.institutionUserId,
    institutionCustomerId: entitlement.institutionCustomerId,
    transactionNumber: t.transactionNumber,
    transactionDate: t.transactionDate,
    effectiveDate: t.effectiveDate,
    memo: t.memo,
    description: t.description,
    amount: { currencyCode: 'USD', amount: t.amount },
    ledgerBalance: t.ledgerBalance === undefined ? undefined : { currencyCode: 'USD', amount: t.ledgerBalance },
    type: t.type,
    checkNumber: t.checkNumber,
    isCreditTransaction: t.isCredit,
    isExportable: !t.isPending,
    isPending: t.isPending,
  };
}

export function listTransactions(ctx: CallContext): Reply {
  const { user } = authorizeCall(ctx, SCOPES);
  const entitlement = entitledAccount(ctx, user);
  const { start, end } = dateRange(ctx.query);
  // Strict, `db` path style: the 1.3.1-era endpoint, which knows no $skip/$top (ignored) and sends no pagination.
  const paged = !(ctx.state.strict && ctx.req.url?.startsWith('/db-'));
  const skip = paged ? countParam(ctx.query, '$skip') : undefined;
  const top = paged ? countParam(ctx.query, '$top') : undefined;
  const credit = creditParam(ctx.query);
  if (ctx.query.has('$filter')) throw new ApiError(400, 'TXN_20005', 'Error processing filter expression');

  const inRange = entitlement.account.transactions.filter((t) => t.transactionDate >= start && t.transactionDate <= end);
  const from = skip ?? 0;
  const size = top === undefined ? undefined : Math.max(top, MIN_PAGE_SIZE);
  // The contract's processing order: date range, then paging, then the credit/debit filter.
  const page = inRange.slice(from, size === undefined ? undefined : from + size)
    .filter((t) => credit === undefined || t.isCredit === credit);
  const body: Record<string, unknown> = { transactions: page.map((t) => project(user, entitlement, t)) };
  if (skip !== undefined && size !== undefined && skip < inRange.length) {
    body.pagination = {
      count: inRange.length,
      top: size,
      previous: skip > 0 ? `/transactions?$skip=${Math.max(0, skip - size)}&$top=${size}` : undefined,
      next: skip + size < inRange.length ? `/transactions?$skip=${skip + size}&$top=${size}` : undefined,
    };
  }
  return { status: 200, body };
}
