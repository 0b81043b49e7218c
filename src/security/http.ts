import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../errors.js';
import { sendError } from '../http/respond.js';
import { createOriginPolicy } from './cors.js';
import { SecurityErrorCode } from './errors.js';
import { canonicalApqRegistrations, onSafelist, resolveDocumentIds } from './persisted.js';
import type { SecurityConfig } from './config.js';

const HSTS = 'max-age=31536000; includeSubDomains';

function refuse(res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  sendError(res, status, code, message, { extensions });
}

export interface HttpGuard {
  /**
   * Runs first for every request: security headers, CORS (preflights answered here), foreign origins refused.
   * True when it has answered the request.
   */
  screen(req: IncomingMessage, res: ServerResponse, path: string, method: string): boolean;
  /**
   * Runs for a GraphQL request once its body is read: `documentId` resolution and the safelist, before Apollo
   * parses anything. (The viewer's budget is spent by cost, once the operation is known: see limits.ts.)
   * Null when it has answered the request; otherwise the (possibly rewritten) body and query string.
   */
  admit(req: IncomingMessage, res: ServerResponse, body: unknown, search: string): Promise<{ body: unknown; search: string } | null>;
}

export function createHttpGuard(config: SecurityConfig): HttpGuard {
  const origins = createOriginPolicy(config.corsOrigins, { loopback: config.allowLoopbackOrigins });
  const enforceSafelist = config.safelistMode === 'enforce' ? config.safelist : undefined;

  return {
    screen(req, res, path, method) {
      if (config.hsts) res.setHeader('strict-transport-security', HSTS);
      if (path !== '/graphql') return false;
      // Account data must never sit in a shared or browser cache.
      res.setHeader('cache-control', 'no-store');
      res.setHeader('vary', 'origin');
      const verdict = origins.verdict(req);
      if (verdict === 'refused') {
        refuse(res, 403, ErrorCode.FORBIDDEN, 'This origin may not call the API');
        return true;
      }
      if (verdict === 'allowed') origins.allow(req, res);
      if (method === 'OPTIONS' && verdict !== 'none') {
        origins.answerPreflight(res);
        return true;
      }
      return false;
    },

    async admit(req, res, body, search) {
      const resolved = resolveDocumentIds(config.safelist, body, search);
      if (!resolved) {
        refuse(res, 400, 'PERSISTED_QUERY_NOT_FOUND', 'Unknown documentId');
        return null;
      }
      const admitted = { body: canonicalApqRegistrations(resolved.body, config.limits.maxTokens), search: resolved.search };
      if (enforceSafelist && !onSafelist(enforceSafelist, admitted.body, admitted.search)) {
        refuse(res, 400, SecurityErrorCode.PERSISTED_QUERY_NOT_ALLOWED, 'Only the operations of the published safelist may run here');
        return null;
      }
      return admitted;
    },
  };
}
