// How an account looks to one caller: the viewName field set (contract §3.2), the masked or full
// number, and the optional additionalInfo map (DECISIONS.md "Accounts").
import type { Entitlement, UserRecord } from './model.js';
import { ApiError } from './http.js';
import type { AccessToken } from './tokens.js';

export type ViewName = 'full' | 's' | 'm';

export interface ViewOptions {
  view: ViewName;
  unmasked: boolean;
  additionalFields: boolean;
  crossAccount: boolean;
}

const FULL = [
  'id', 'institutionUserId', 'institutionCustomerId', 'institutionId', 'description', 'accountNumber', 'nickName',
  'type', 'category', 'currentBalance', 'availableBalance', 'status', 'allowedActions', 'routingNumber',
  'interestRate', 'interestYearToDate', 'micrNumber', 'maturityDate', 'term', 'escrowBalance',
  'currentPrincipalBalance', 'nextPaymentAmount', 'nextPaymentDate', 'payOffAmount', 'calculatedPayOffAmount',
  'minimumPayment', 'lineOfCreditLimit', 'loanOriginationDate', 'pastPrincipalDueDate',
  'lastPrincipalPaymentAmount', 'originalLoanAmount', 'tpvReference', 'lastStatementBalance', 'primaryHolderName',
] as const;

// "s" has no nickName; "m" is the full set without micrNumber (contract §3.2).
const SMALL = [
  'id', 'institutionUserId', 'institutionCustomerId', 'institutionId', 'description', 'accountNumber', 'type',
  'category', 'currentBalance', 'availableBalance', 'lastStatementBalance', 'status', 'allowedActions',
  'routingNumber', 'maturityDate', 'nextPaymentAmount', 'nextPaymentDate', 'payOffAmount', 'calculatedPayOffAmount',
  'tpvReference',
] as const;

export const VIEW_FIELDS: Record<ViewName, readonly string[]> = {
  full: FULL,
  s: SMALL,
  m: FULL.filter((field) => field !== 'micrNumber'),
};

const invalidParam = () => new ApiError(400, 'ACC_99994', 'Invalid query param');

function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name);
  if (value === null) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidParam();
}

export function viewOptions(query: URLSearchParams, token: AccessToken): ViewOptions {
  const viewName = query.get('viewName');
  if (viewName !== null && viewName !== 's' && viewName !== 'm') throw invalidParam();
  return {
    view: viewName ?? 'full',
    unmasked: token.scopes.has('accounts:read_unmasked'),
    additionalFields: booleanParam(query, 'additionalFields', false),
    crossAccount: booleanParam(query, 'crossAccount', true),
  };
}

/** The number as this caller sees it: the last 4 digits unless the token has accounts:read_unmasked. */
export function displayedNumber(entitlement: Entitlement, unmasked: boolean): string {
  const number = entitlement.account.accountNumber;
  return unmasked ? number : number.slice(-4);
}

/**
 * Projections are immutable and memoised per entitlement (an entitlement has a single viewer), so
 * a repeated list call costs a Map lookup per account.
 */
export function projectAccount(user: UserRecord, entitlement: Entitlement, options: ViewOptions): Record<string, unknown> {
  const key = `${options.view}|${options.unmasked}|${options.additionalFields}`;
  const cached = entitlement.views.get(key);
  if (cached) return cached;
  const source: Record<string, unknown> = {
    ...entitlement.account.fields,
    institutionUserId: user.institutionUserId,
    institutionCustomerId: entitlement.institutionCustomerId,
    nickName: entitlement.nickName,
    category: entitlement.category,
    accountNumber: displayedNumber(entitlement, options.unmasked),
  };
  const projection: Record<string, unknown> = {};
  for (const field of VIEW_FIELDS[options.view]) {
    if (source[field] !== undefined) projection[field] = source[field];
  }
  if (options.additionalFields) {
    // Hidden accounts are still listed; clients read isVisible here to decide whether to show them.
    projection.additionalInfo = {
      entry: [
        { key: 'ownershipType', value: entitlement.ownershipType },
        { key: 'isVisible', value: String(entitlement.isVisible) },
      ],
    };
  }
  entitlement.views.set(key, projection);
  return projection;
}
