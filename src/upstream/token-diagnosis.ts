import { UpstreamError } from './errors.js';
import type { TokenProvider } from './token-provider.js';

/**
 * An operator's explanation of why no bank token could be had. A scope the client app is not configured for
 * makes the bank refuse the whole request (CMN_90012) without naming it, so the refused scopes are found by
 * asking for each alone, and named together with the variable that lists them. Scopes are not secrets.
 */
export async function explainTokenFailure(error: unknown, tokens: TokenProvider): Promise<string> {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof UpstreamError) || error.kind !== 'token' || error.code !== 'CMN_90012') return message;
  const refused = await tokens.refusedScopes().catch(() => []);
  const which = refused.length > 0 ? `scope(s) ${refused.join(', ')}` : 'one of the requested scopes';
  return `${message}: the bank refuses ${which} for this client; remove them from CANDESCENT_SCOPES `
    + '(ACCOUNT_UPDATE=patch adds accounts:write) or have them configured on the client app';
}
