import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config.js';
import type { UserContext } from '../upstream/types.js';

/** The signed-in customer. Upstream calls act for this user only; clients never choose another id. */
export interface Viewer extends UserContext {
  /** Token expiry, epoch seconds. */
  expiresAt: number;
}

export class ViewerAuthError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ViewerAuthError';
  }
}

// Asymmetric only for JWKS: accepting HS* there would let a public key double as an HMAC secret.
const JWKS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];
const CACHE_LIMIT = 10_000;

export type ViewerVerifier = (authorization: string | undefined) => Promise<Viewer>;

function viewerFromClaims(payload: JWTPayload): Viewer {
  const idType = payload.idType ?? 'hostUserId';
  if (idType !== 'hostUserId' && idType !== 'loginId') throw new ViewerAuthError('idType claim is invalid');
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 128) {
    throw new ViewerAuthError('sub claim is invalid');
  }
  return { userId: payload.sub, idType, expiresAt: payload.exp as number };
}

/**
 * Verifies `Authorization: Bearer <JWT>` from the bank's identity provider. Verified tokens are cached until
 * their `exp` (keyed by the whole token string, so one customer's entry can never answer another's token):
 * signature checks dominate the gateway's per-request CPU otherwise.
 */
export function createViewerVerifier(config: AuthConfig): ViewerVerifier {
  const options = {
    algorithms: config.jwksUrl ? JWKS_ALGORITHMS : ['HS256'],
    issuer: config.issuer,
    audience: config.audience,
    requiredClaims: ['exp', 'sub'],
  };
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (config.jwksUrl) {
    const jwks: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl));
    verify = (token) => jwtVerify(token, jwks, options);
  } else if (config.jwtSecret) {
    const secret = new TextEncoder().encode(config.jwtSecret);
    verify = (token) => jwtVerify(token, secret, options);
  } else {
    throw new Error('createViewerVerifier needs jwtSecret or jwksUrl');
  }
  const cache = new Map<string, Viewer>();

  return async (authorization) => {
    // The scheme is case-insensitive (RFC 9110 §11.1); the token is not.
    const match = /^Bearer +([A-Za-z0-9_=-]+\.[A-Za-z0-9_=-]*\.[A-Za-z0-9_=-]*)$/i.exec(authorization ?? '');
    if (!match) throw new ViewerAuthError('missing or malformed bearer token');
    const token = match[1];
    const now = Date.now() / 1000;
    const cached = cache.get(token);
    if (cached && cached.expiresAt > now) return cached;
    if (cached) cache.delete(token);

    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw new ViewerAuthError(`token rejected (${(error as { code?: string }).code ?? 'invalid'})`);
    }
    const viewer = viewerFromClaims(payload);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(token, viewer);
    return viewer;
  };
}
