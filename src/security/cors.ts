import type { IncomingMessage, ServerResponse } from 'node:http';

export type OriginVerdict = 'none' | 'same-origin' | 'allowed' | 'refused';

// What browser clients send: the token, JSON, and Apollo's CSRF-prevention and client-awareness headers.
const ALLOWED_HEADERS = [
  'authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name',
  'apollographql-client-name', 'apollographql-client-version',
].join(', ');
const PREFLIGHT_MAX_AGE_SECONDS = '600';
/** A dev server on this machine (Vite's http://localhost:5173, http://127.0.0.1:3000 …), any port. */
const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * The CORS allow-list. Credentials are never allowed (viewer tokens travel in the Authorization header, not in
 * cookies), so even `*` (outside production) cannot let another site act with a customer's ambient credentials.
 * `loopback` (outside production) also allows any http://localhost / 127.0.0.1 / [::1] origin: a front end's dev
 * server, which no production deployment serves from.
 */
export function createOriginPolicy(origins: readonly string[] | '*', options: { loopback?: boolean } = {}) {
  const allowList = origins === '*' ? null : new Set(origins);

  function verdict(req: IncomingMessage): OriginVerdict {
    const origin = req.headers.origin;
    if (origin === undefined) return 'none';
    if (allowList === null || allowList.has(origin) || (options.loopback && LOOPBACK_ORIGIN.test(origin))) return 'allowed';
    try {
      // Browsers send Origin on same-origin POSTs too; the gateway's own GraphiQL page is one such caller.
      if (new URL(origin).host === req.headers.host) return 'same-origin';
    } catch {
      // "null" and other opaque origins.
    }
    return 'refused';
  }

  /** Sets the response's CORS headers for an allowed cross-origin caller. */
  function allow(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('access-control-allow-origin', allowList === null ? '*' : (req.headers.origin as string));
    res.setHeader('access-control-expose-headers', 'retry-after');
  }

  function answerPreflight(res: ServerResponse): void {
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
    });
    res.end();
  }

  return { verdict, allow, answerPreflight };
}
