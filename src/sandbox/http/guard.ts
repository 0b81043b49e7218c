// The checks every resource call goes through, in the order a gateway then a service would make
// them: bearer token, scope, trace header, institution, then whose data the call is about.
import type { CallContext } from './context.js';
import { ApiError, header, isUuid } from './http.js';
import type { UserRecord } from '../model.js';
import { SERVICE_ERRORS, STRICT_GATEWAY_ERRORS, type ErrorSpec, type ResourceService } from '../routes/service-errors.js';
import type { AccessToken } from '../tokens.js';

export interface Caller {
  token: AccessToken;
  user: UserRecord;
}

const MAX_TRANSACTION_ID_LENGTH = 64;

export function fail(spec: ErrorSpec): never {
  throw new ApiError(spec.status, spec.code, spec.message);
}

function errorsOf(ctx: CallContext) {
  return SERVICE_ERRORS[ctx.service as ResourceService];
}

/** The user id the bank knows a user by: host user id for retail, login id for business. */
export function canonicalUserId(user: UserRecord): string {
  return user.hostUserId ?? user.loginId;
}

/** Bearer token with one of `scopes`, plus the trace and institution headers. */
export function authenticate(ctx: CallContext, scopes: readonly string[]): AccessToken {
  const errors = errorsOf(ctx);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header(ctx.req, 'authorization') ?? '');
  if (!match) fail(errors.missingAuth);
  const found = ctx.state.tokens.findAccess(match[1]!);
  // Strict: the API gateway in front of the services refuses the token itself, as a 400 (1.11.0).
  const strictGateway = ctx.state.strict && ctx.service !== 'ux';
  if (!found || found.expired) {
    if (strictGateway) fail(STRICT_GATEWAY_ERRORS.invalidToken);
    fail(found ? errors.expiredToken : errors.invalidToken);
  }
  if (!scopes.some((scope) => found.token.scopes.has(scope))) fail(errors.forbidden);
  checkTraceHeader(ctx);
  // Optional on resource calls (Candescent's Postman never sends it); when sent it must be the token's.
  const institution = header(ctx.req, 'institutionid');
  if (institution !== undefined && institution !== found.token.institutionId) fail(errors.institution);
  if (ctx.state.strict && !acceptsJson(header(ctx.req, 'accept'))) fail(errors.mediaType);
  return found.token;
}

/** No Accept header, or one that admits JSON: the only media type 1.11.0 serves. */
function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined) return true;
  return accept.split(',').some((range) => /^\s*(\*\/\*|application\/\*|application\/json)\s*(;|$)/i.test(range));
}

function checkTraceHeader(ctx: CallContext): void {
  const errors = errorsOf(ctx);
  if (ctx.service === 'ux') {
    // The UX service traces with correlationId, which must be a GUID.
    const correlationId = header(ctx.req, 'correlationid');
    if (!correlationId) fail(errors.missingTrace);
    if (!isUuid(correlationId)) fail(errors.invalidTrace);
    return;
  }
  const transactionId = header(ctx.req, 'transactionid');
  if (!transactionId) fail(errors.missingTrace);
  // Strict: the documented format (RequestTraceId, format uuid), checked by the API gateway.
  if (ctx.state.strict && !isUuid(transactionId)) fail(STRICT_GATEWAY_ERRORS.invalidTrace);
  if (transactionId.length > MAX_TRANSACTION_ID_LENGTH) fail(errors.invalidTrace);
}

function param(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === '' ? undefined : value;
}

/**
 * The user a call is about. Client-credentials tokens name exactly one of hostUserId/loginId;
 * password-grant tokens carry the user, and a user parameter may only repeat it.
 */
export function resolveUser(ctx: CallContext, token: AccessToken): UserRecord {
  const errors = errorsOf(ctx);
  const hostUserId = param(ctx.query, 'hostUserId');
  const loginId = param(ctx.query, 'loginId');
  if (token.user) {
    const user = token.user;
    if ((hostUserId !== undefined && hostUserId !== user.hostUserId) || (loginId !== undefined && loginId !== user.loginId)) {
      fail(errors.userMismatch);
    }
    ctx.entry.userId = canonicalUserId(user);
    return user;
  }
  if ((hostUserId === undefined) === (loginId === undefined)) fail(errors.userParams);
  ctx.entry.userId = (hostUserId ?? loginId)!;
  const user = hostUserId !== undefined ? ctx.state.seed.byHostUserId.get(hostUserId) : ctx.state.seed.byLoginId.get(loginId!);
  if (!user || user.institutionId !== token.institutionId) fail(errors.unknownUser);
  return user;
}

export function authorizeCall(ctx: CallContext, scopes: readonly string[]): Caller {
  const token = authenticate(ctx, scopes);
  return { token, user: resolveUser(ctx, token) };
}
