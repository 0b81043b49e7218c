import type { TokenProvider } from '../token-provider.js';
import type { Deadline } from './deadline.js';

/**
 * The bearer token of one call: the shared token, waited for within the call's deadline, and refreshed at most
 * once when the bank refuses it. A refused token (401, or the strict reading's 400 CMN_90018) means the bank did
 * nothing, so even a POST is safe to send again, once, with a fresh token.
 */
export class Authorisation {
  private refreshed = false;

  constructor(
    private readonly tokens: Pick<TokenProvider, 'getToken' | 'usable' | 'invalidate'>,
    private readonly deadline: Pick<Deadline, 'within'>,
  ) {}

  /** The token in hand, or a promise of one that rejects with the token provider's UpstreamError or the deadline signal's reason. */
  token(): string | Promise<string> {
    return this.tokens.usable() ?? this.deadline.within(this.tokens.getToken());
  }

  /**
   * After the bank refused `token`: true the first time, with the token invalidated so the next attempt fetches a
   * fresh one (a no-op if a parallel call already refreshed); false after that, and the refusal stands.
   */
  refreshAfterRefusal(token: string): boolean {
    if (this.refreshed) return false;
    this.refreshed = true;
    this.tokens.invalidate(token);
    return true;
  }
}
