import { createHash } from 'node:crypto';

/** A bank access token with the times (epoch ms) at which it is due for refresh and at which it expires. */
export interface StoredToken {
  token: string;
  refreshAt: number;
  expiresAt: number;
}

/**
 * Where the token provider's token lives beyond its own process. The provider keeps a local copy either way (no
 * store round trip per bank call); the store decides who asks the bank when that copy is missing or due.
 */
export interface BankTokenStore {
  /** True when other processes use the same token: revoking it at shutdown would cut them off. */
  readonly shared: boolean;
  /**
   * A token to use from now on. `request` asks the bank; a shared store calls it in one process only while the
   * others wait for its result. `stale` (the token being replaced or refused) is never handed back.
   */
  refresh(request: () => Promise<StoredToken>, stale: string | undefined): Promise<StoredToken>;
  /** The bank refused `token`: nobody sharing the store may be handed it again. */
  invalidate(token: string): void;
  /** Tells the provider when another process invalidated a token (by digest), so it drops its copy too. */
  onInvalidated(listener: (digest: string) => void): void;
}

/** What identifies a token in messages between processes; the token itself never travels. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32);
}

/** One process, one token: the provider's own behaviour, unchanged. */
export const localBankTokenStore: BankTokenStore = {
  shared: false,
  refresh: (request) => request(),
  invalidate: () => undefined,
  onInvalidated: () => undefined,
};
