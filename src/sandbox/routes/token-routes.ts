// POST /oauth2/v1/token and DELETE /oauth2/v1/revoke (contract §1.1–1.2, codes §9.5).
import type { CallContext } from '../http/context.js';
import { canonicalUserId } from '../http/guard.js';
import { ApiError, header, isUuid, type Reply } from '../http/http.js';
import type { UserRecord } from '../model.js';
import type { RefreshToken } from '../tokens.js';
import type { SandboxClient } from '../types.js';

const CMN = {
  transactionId: () => new ApiError(400, 'CMN_90008', 'Header transactionId is invalid'),
  client: () => new ApiError(401, 'CMN_90004', 'Invalid client credentials'),
  institution: () => new ApiError(400, 'CMN_90005', 'Header institutionId is invalid'),
  grant: () => new ApiError(400, 'CMN_90007', 'Invalid grant type'),
  missingToken: () => new ApiError(400, 'CMN_90011', 'Missing refresh token or revoke token in request body'),
  scopes: () => new ApiError(400, 'CMN_90012', 'Request scopes are not valid'),
  username: () => new ApiError(400, 'CMN_90013', 'Username is invalid'),
  password: () => new ApiError(400, 'CMN_90014', 'Password is invalid'),
  userCredentials: () => new ApiError(401, 'CMN_90015', 'Invalid user credentials'),
  refreshToken: () => new ApiError(400, 'CMN_90016', 'Invalid token'),
};

// Tokens must never be cached by anything between the bank and the client.
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

function authenticateClient(ctx: CallContext): SandboxClient {
  if (!isUuid(header(ctx.req, 'transactionid'))) throw CMN.transactionId();
  const match = /^Basic\s+(\S+)\s*$/i.exec(header(ctx.req, 'authorization') ?? '');
  if (!match) throw CMN.client();
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const client = colon < 0 ? undefined : ctx.state.clients.get(decoded.slice(0, colon));
  if (!client || client.clientSecret !== decoded.slice(colon + 1)) throw CMN.client();
  return client;
}

/** Required for client_credentials and password, optional for refresh_token; never another FI's. */
function checkInstitution(ctx: CallContext, client: SandboxClient, required: boolean): void {
  const institutionId = header(ctx.req, 'institutionid');
  if (institutionId === undefined ? required : institutionId !== client.institutionId) throw CMN.institution();
}

/** Omitted → every scope of the client; otherwise each requested scope must be configured on it. */
function grantedScopes(form: URLSearchParams, client: SandboxClient): ReadonlySet<string> {
  const requested = (form.get('scopes') ?? '').split(/[\s,]+/).filter(Boolean);
  if (requested.length === 0) return new Set(client.scopes);
  if (requested.some((scope) => !client.scopes.includes(scope))) throw CMN.scopes();
  return new Set(requested);
}

function passwordUser(ctx: CallContext, form: URLSearchParams, client: SandboxClient): UserRecord {
  const username = form.get('username');
  const password = form.get('password');
  if (!username) throw CMN.username();
  if (!password) throw CMN.password();
  const user = ctx.state.seed.byLoginId.get(username);
  if (!user || user.password !== password || user.institutionId !== client.institutionId) throw CMN.userCredentials();
  return user;
}

function tokenReply(ctx: CallContext, accessToken: string, refresh?: RefreshToken): Reply {
  const body: Record<string, string> = {
    access_token: accessToken,
    // Candescent documents expires_in as a string of seconds; never overstate a fractional lifetime.
    expires_in: String(Math.floor(ctx.state.tokens.lifetimeSeconds)),
    token_type: 'Bearer',
  };
  if (refresh) {
    body.refresh_token = refresh.value;
    body.refresh_token_expires_in = String(Math.max(0, Math.floor((refresh.expiresAt - Date.now()) / 1000)));
  }
  return { status: 200, body, headers: NO_STORE };
}

export async function tokenHandler(ctx: CallContext): Promise<Reply> {
  const client = authenticateClient(ctx);
  const form = new URLSearchParams(await ctx.body());
  const tokens = ctx.state.tokens;
  switch (form.get('grant_type')) {
    case 'client_credentials': {
      checkInstitution(ctx, client, true);
      return tokenReply(ctx, tokens.issueAccess(client, grantedScopes(form, client)));
    }
    case 'password': {
      checkInstitution(ctx, client, true);
      const scopes = grantedScopes(form, client);
      const user = passwordUser(ctx, form, client);
      ctx.entry.userId = canonicalUserId(user);
      const refresh = tokens.issueRefresh(client, scopes, user);
      return tokenReply(ctx, tokens.issueAccess(client, scopes, user, refresh), refresh);
    }
    case 'refresh_token': {
      checkInstitution(ctx, client, false);
      const value = form.get('refresh_token');
      if (!value) throw CMN.missingToken();
      const refresh = tokens.findRefresh(value, client.clientId);
      if (!refresh) throw CMN.refreshToken();
      ctx.entry.userId = canonicalUserId(refresh.user);
      // The refresh token is not rotated: it stays valid until it expires or is revoked.
      return tokenReply(ctx, tokens.issueAccess(client, refresh.scopes, refresh.user, refresh), refresh);
    }
    default:
      // authorization_code needs the OIDC endpoints, which the sandbox does not serve.
      throw CMN.grant();
  }
}

export async function revokeHandler(ctx: CallContext): Promise<Reply> {
  const client = authenticateClient(ctx);
  const token = new URLSearchParams(await ctx.body()).get('token');
  if (!token) throw CMN.missingToken();
  // Unknown or foreign tokens are not an error (RFC 7009): the caller learns nothing about them.
  ctx.state.tokens.revoke(token, client.clientId);
  return { status: 204 };
}
