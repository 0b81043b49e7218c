import { SignJWT } from 'jose';
import type { UserContext } from '../upstream/types.js';

export interface MintOptions {
  secret: string;
  issuer?: string;
  audience?: string;
  /** Lifetime in seconds (default 8 hours: a working day of demo use). */
  lifetimeSeconds?: number;
}

/** Signs an HS256 viewer token the way the bank's identity provider would; for dev mode and tests. */
export async function mintViewerToken(user: UserContext, options: MintOptions): Promise<string> {
  const jwt = new SignJWT({ idType: user.idType })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.userId)
    .setIssuedAt()
    .setExpirationTime(`${options.lifetimeSeconds ?? 8 * 3600}s`);
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
