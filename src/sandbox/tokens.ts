// Opaque bearer and refresh tokens. A refresh token (password grant) owns the access tokens issued
// with it or from it, so revoking it revokes them too, as Candescent documents.
import { randomBytes } from 'node:crypto';
import type { UserRecord } from './model.js';
import type { SandboxClient } from './types.js';

export interface AccessToken {
  clientId: string;
  institutionId: string;
  scopes: ReadonlySet<string>;
  /** Password-grant tokens carry their user; client-credentials tokens name one per call. */
  user?: UserRecord;
  expiresAt: number;
}

export interface RefreshToken {
  value: string;
  clientId: string;
  institutionId: string;
  scopes: ReadonlySet<string>;
  user: UserRecord;
  expiresAt: number;
  accessTokens: Set<string>;
}

export type TokenLookup = { token: AccessToken; expired: boolean } | undefined;

// Expired tokens are kept (so a late call can be told "expired") until the store grows this big.
const SWEEP_ABOVE = 10_000;

function newTokenValue(): string {
  return randomBytes(21).toString('base64url');
}

/** The access and refresh tokens this bank has issued, by value: what its guard checks each call against. */
export class IssuedTokens {
  private readonly access = new Map<string, AccessToken>();
  private readonly refresh = new Map<string, RefreshToken>();
  private sweepAbove = SWEEP_ABOVE;

  constructor(readonly lifetimeSeconds: number, readonly refreshLifetimeSeconds: number) {}

  issueAccess(client: SandboxClient, scopes: ReadonlySet<string>, user?: UserRecord, parent?: RefreshToken): string {
    if (this.access.size > this.sweepAbove) {
      this.sweep();
      // Many live tokens: wait for the store to double before scanning again.
      this.sweepAbove = Math.max(SWEEP_ABOVE, this.access.size * 2);
    }
    const value = newTokenValue();
    const token: AccessToken = {
      clientId: client.clientId, institutionId: client.institutionId, scopes,
      expiresAt: Date.now() + this.lifetimeSeconds * 1000,
    };
    if (user) token.user = user;
    this.access.set(value, token);
    parent?.accessTokens.add(value);
    return value;
  }

  issueRefresh(client: SandboxClient, scopes: ReadonlySet<string>, user: UserRecord): RefreshToken {
    const token: RefreshToken = {
      value: newTokenValue(), clientId: client.clientId, institutionId: client.institutionId, scopes, user,
      expiresAt: Date.now() + this.refreshLifetimeSeconds * 1000, accessTokens: new Set(),
    };
    this.refresh.set(token.value, token);
    return token;
  }

  findAccess(value: string): TokenLookup {
    const token = this.access.get(value);
    return token ? { token, expired: Date.now() >= token.expiresAt } : undefined;
  }

  /** A live refresh token of this client, or undefined. */
  findRefresh(value: string, clientId: string): RefreshToken | undefined {
    const token = this.refresh.get(value);
    return token && token.clientId === clientId && Date.now() < token.expiresAt ? token : undefined;
  }

  /** Revokes an access or refresh token of this client; other clients' tokens are left alone. */
  revoke(value: string, clientId: string): void {
    if (this.access.get(value)?.clientId === clientId) this.access.delete(value);
    const refresh = this.refresh.get(value);
    if (refresh?.clientId === clientId) {
      for (const access of refresh.accessTokens) this.access.delete(access);
      this.refresh.delete(value);
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const [value, token] of this.access) if (now >= token.expiresAt) this.access.delete(value);
    for (const [value, token] of this.refresh) if (now >= token.expiresAt) this.refresh.delete(value);
  }
}
