// GET {accounts}, GET {accounts}/{id}, PATCH {accounts}/{id} (contract §3–§5, docs/bank-contract.md "Accounts").
import { listScope, requestedLocation } from './account-scope.js';
import { displayedNumber, projectAccount, viewOptions, type ViewOptions } from './account-projection.js';
import type { CallContext } from '../http/context.js';
import { authorizeCall } from '../http/guard.js';
import { ApiError, type Reply } from '../http/http.js';
import type { Entitlement, UserRecord } from '../model.js';
import { ODataFilterError, parseFilter, type FilterRecord } from './odata.js';

const READ = ['accounts:read'];
const WRITE = ['accounts:write'];
const MAX_NICKNAME_LENGTH = 40;

// Strict: an unknown account answers like the documented 404 example, "User not found".
const notFound = (strict: boolean) => strict
  ? new ApiError(404, 'ACC_00101', 'User not found')
  : new ApiError(404, 'ACC_00012', 'Data not found');
const validation = () => new ApiError(400, 'ACC_00011', 'Validation Error');

type Predicate = (record: FilterRecord) => boolean;

function filterOf(query: URLSearchParams, strict: boolean): Predicate | undefined {
  const expression = query.get('$filter');
  if (expression === null) return undefined;
  try {
    return parseFilter(expression, { allowOr: !strict });
  } catch (error) {
    if (error instanceof ODataFilterError) throw new ApiError(400, 'ACC_00005', 'Error processing filter expression');
    throw error;
  }
}

// accountNumber is matched as the caller sees it (the contract calls it the "display number"): a
// token without accounts:read_unmasked filters on the last 4 digits and cannot probe full numbers.
function filterRecord(entitlement: Entitlement, options: ViewOptions): FilterRecord {
  return {
    id: entitlement.account.id,
    nickName: entitlement.nickName,
    name: entitlement.nickName,
    accountNumber: displayedNumber(entitlement, options.unmasked),
    category: entitlement.category,
    type: entitlement.account.typeValue,
  };
}

export function listAccounts(ctx: CallContext): Reply {
  const { token, user } = authorizeCall(ctx, READ);
  const options = viewOptions(ctx.query, token, ctx.state.strict);
  // Validation below depends on the same inputs, so a cached list was a valid request.
  const cacheKey = `${user.institutionUserId}|${options.unmasked}|${ctx.query.toString()}`;
  const cached = ctx.state.cachedAccountList(cacheKey);
  if (cached !== undefined) return { status: 200, raw: cached };
  const scope = listScope(ctx.query, user);
  const predicate = filterOf(ctx.query, ctx.state.strict);
  const accounts: Array<Record<string, unknown>> = [];
  for (const entitlement of user.entitlements) {
    if (scope.institutionCustomerId !== undefined && entitlement.institutionCustomerId !== scope.institutionCustomerId) continue;
    if (!options.crossAccount && entitlement.category === 'CROSS_USER_ACCOUNT') continue;
    if (predicate && !predicate(filterRecord(entitlement, options))) continue;
    accounts.push(projectAccount(user, entitlement, options));
  }
  const raw = JSON.stringify(scope.totalGroupCount === undefined ? { accounts } : { totalGroupCount: scope.totalGroupCount, accounts });
  ctx.state.cacheAccountList(cacheKey, raw);
  return { status: 200, raw };
}

/** The caller's entitlement to the path's account; an id the user may not see is "not found". */
function entitledAccount(ctx: CallContext, user: UserRecord, crossAccount: boolean): Entitlement {
  const { strict } = ctx.state;
  const location = requestedLocation(ctx.query, user);
  // Strict: as Candescent's Postman request does, a business read names the location (ACC_00410 otherwise).
  if (strict && location === undefined && user.kind === 'BUSINESS') {
    throw new ApiError(400, 'ACC_00410', 'A location is required for BB users');
  }
  const entitlement = user.byAccountId.get(ctx.id!);
  if (!entitlement) throw notFound(strict);
  if (location !== undefined && entitlement.institutionCustomerId !== location) throw notFound(strict);
  if (!crossAccount && entitlement.category === 'CROSS_USER_ACCOUNT') throw notFound(strict);
  return entitlement;
}

export function getAccount(ctx: CallContext): Reply {
  const { token, user } = authorizeCall(ctx, READ);
  const options = viewOptions(ctx.query, token, ctx.state.strict);
  return { status: 200, body: projectAccount(user, entitledAccount(ctx, user, options.crossAccount), options) };
}

interface AccountUpdate {
  nickName?: string;
  isVisible?: boolean;
}

function parseUpdate(text: string): AccountUpdate {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw validation();
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw validation();
  const { nickName, isVisible } = body as Record<string, unknown>;
  if (nickName !== undefined && typeof nickName !== 'string') throw validation();
  if (isVisible !== undefined && typeof isVisible !== 'boolean') throw validation();
  if (nickName === undefined && isVisible === undefined) throw validation();
  const update: AccountUpdate = {};
  if (nickName !== undefined) update.nickName = nickName.trim();
  if (isVisible !== undefined) update.isVisible = isVisible;
  return update;
}

/**
 * Assumed endpoint, lenient profile only (docs/bank-contract.md): the nickname and visibility are the caller's own preferences on
 * the account. The joint-account rule is about nicknames (ACC_00115's message), so hiding a joint
 * account is allowed.
 */
export async function updateAccount(ctx: CallContext): Promise<Reply> {
  const { token, user } = authorizeCall(ctx, WRITE);
  const entitlement = entitledAccount(ctx, user, true);
  const update = parseUpdate(await ctx.body());
  const features = ctx.state.features(token.institutionId);
  if (update.nickName !== undefined) {
    if (!features.nicknameUpdate) throw new ApiError(403, 'ACC_00113', 'Update nickname feature is not enabled');
    if (entitlement.ownershipType === 'JOINT') throw new ApiError(403, 'ACC_00115', 'Nick name update is disabled for Joint Accounts');
    if (update.nickName === '') throw new ApiError(400, 'ACC_00114', 'Nickname field should not be empty');
    if (update.nickName.length > MAX_NICKNAME_LENGTH) {
      throw new ApiError(400, 'ACC_00116', 'NickName length in request is greater than configured maximum length or Database column length');
    }
  }
  if (update.isVisible !== undefined && !features.visibilityUpdate) {
    throw new ApiError(403, 'ACC_00119', 'Hide/show account feature is not enabled');
  }
  if (update.nickName !== undefined) entitlement.nickName = update.nickName;
  if (update.isVisible !== undefined) entitlement.isVisible = update.isVisible;
  entitlement.views.clear();
  ctx.state.forgetAccountLists();
  // additionalInfo is included so the caller sees the new isVisible, which has no top-level field.
  const options: ViewOptions = {
    view: 'full', unmasked: token.scopes.has('accounts:read_unmasked'), additionalFields: true, crossAccount: true, strict: false,
  };
  return { status: 200, body: projectAccount(user, entitlement, options) };
}
