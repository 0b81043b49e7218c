// How an account looks to one caller: the viewName field set (contract §3.2), the masked or full
// number, and the optional additionalInfo map (docs/bank-contract.md "Accounts").
import type { Entitlement, ReadingField, SandboxAccount, UserRecord } from '../model.js';
import { ApiError } from '../http/http.js';
import type { AccessToken } from '../tokens.js';

export type ViewName = 'full' | 's' | 'm';

export interface ViewOptions {
  view: ViewName;
  unmasked: boolean;
  additionalFields: boolean;
  crossAccount: boolean;
  /** The strict reading: visibility and ownership as top-level fields, MICR number masked like the account number. */
  strict: boolean;
}

/**
 * The smallest viewName field set that carries each field of the default external set (contract §3.2): `s` has no
 * nickName, interest or most loan fields; `m` is everything but micrNumber. Typed against SandboxAccount, so a field
 * added to the account and not placed here does not compile. additionalInfo is not a field set's: see
 * projectAccount.
 */
const SMALLEST_VIEW = {
  id: 's', institutionUserId: 's', institutionCustomerId: 's', institutionId: 's', description: 's', accountNumber: 's',
  nickName: 'm', type: 's', category: 's', currentBalance: 's', availableBalance: 's', status: 's', allowedActions: 's',
  routingNumber: 's', interestRate: 'm', interestYearToDate: 'm', micrNumber: 'full', maturityDate: 's', term: 'm',
  escrowBalance: 'm', currentPrincipalBalance: 'm', nextPaymentAmount: 's', nextPaymentDate: 's', payOffAmount: 's',
  calculatedPayOffAmount: 's', minimumPayment: 'm', lineOfCreditLimit: 'm', loanOriginationDate: 'm',
  pastPrincipalDueDate: 'm', lastPrincipalPaymentAmount: 'm', originalLoanAmount: 'm', tpvReference: 's',
  lastStatementBalance: 's', primaryHolderName: 'm',
} as const satisfies Record<Exclude<keyof SandboxAccount, ReadingField>, ViewName>;

type ViewField = keyof typeof SMALLEST_VIEW;
const ORDER: Record<ViewName, number> = { s: 0, m: 1, full: 2 };
const fieldsOf = (view: ViewName) =>
  (Object.keys(SMALLEST_VIEW) as ViewField[]).filter((field) => ORDER[SMALLEST_VIEW[field]] <= ORDER[view]);

export const VIEW_FIELDS: Record<ViewName, readonly ViewField[]> = { full: fieldsOf('full'), s: fieldsOf('s'), m: fieldsOf('m') };

const invalidParam = () => new ApiError(400, 'ACC_99994', 'Invalid query param');

function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = query.get(name);
  if (value === null) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw invalidParam();
}

export function viewOptions(query: URLSearchParams, token: AccessToken, strict: boolean): ViewOptions {
  const viewName = query.get('viewName');
  if (viewName !== null && viewName !== 's' && viewName !== 'm') throw invalidParam();
  const crossAccount = booleanParam(query, 'crossAccount', true);
  return {
    view: viewName ?? 'full',
    unmasked: token.scopes.has('accounts:read_unmasked'),
    additionalFields: booleanParam(query, 'additionalFields', false),
    // Strict (1.11): crossAccount=false only skips an extra lookup; cross-user accounts "may still appear".
    crossAccount: strict || crossAccount,
    strict,
  };
}

/** The number as this caller sees it: the last 4 digits unless the token has accounts:read_unmasked. */
export function displayedNumber(entitlement: Entitlement, unmasked: boolean): string {
  return masked(entitlement.account.accountNumber, unmasked);
}

function masked(number: string, unmasked: boolean): string {
  return unmasked ? number : number.slice(-4);
}

/**
 * Projections are immutable and memoised per entitlement (an entitlement has a single viewer), so
 * a repeated list call costs a Map lookup per account.
 */
export function projectAccount(user: UserRecord, entitlement: Entitlement, options: ViewOptions): Partial<SandboxAccount> {
  const key = `${options.view}|${options.unmasked}|${options.additionalFields}|${options.strict}`;
  const cached = entitlement.views.get(key);
  if (cached) return cached;
  const source: SandboxAccount = {
    ...entitlement.account.fields,
    institutionUserId: user.institutionUserId,
    institutionCustomerId: entitlement.institutionCustomerId,
    nickName: entitlement.nickName,
    category: entitlement.category,
    accountNumber: displayedNumber(entitlement, options.unmasked),
  };
  if (options.strict && typeof source.micrNumber === 'string') source.micrNumber = masked(source.micrNumber, options.unmasked);
  const projection = pick(source, VIEW_FIELDS[options.view]);
  if (options.strict) {
    // What Candescent's Postman scripts read (acc.isVisible, acc.isHiddenByFi); the old portal sample's ownershipType.
    projection.isVisible = entitlement.isVisible;
    projection.isHiddenByFi = false;
    projection.ownershipType = entitlement.ownershipType;
  } else if (options.additionalFields) {
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

/** The given fields of an account, leaving out the ones it does not have (the bank sends no nulls). */
function pick<K extends keyof SandboxAccount>(source: SandboxAccount, fields: readonly K[]): Partial<SandboxAccount> {
  const projection: Partial<SandboxAccount> = {};
  for (const field of fields) {
    if (source[field] !== undefined) projection[field] = source[field];
  }
  return projection;
}
