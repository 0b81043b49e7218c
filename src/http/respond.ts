import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { ErrorCode, MESSAGES } from '../errors.js';

/** On every response the gateway writes (HSTS, production only, is set by security/http.ts before routing). */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

/** A JSON answer the gateway writes itself (probes, refusals): never cached, security headers included. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS, ...headers });
  res.end(JSON.stringify(body));
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';

/**
 * GraphQL over HTTP's own type when the client accepts it: Apollo Client then reads the `errors[]` of a 4xx answer
 * (UNAUTHENTICATED, the safelist's refusals) as GraphQL errors, where an `application/json` body with a non-2xx status
 * is only an HTTP failure to it.
 */
function errorContentType(res: ServerResponse): OutgoingHttpHeaders {
  return res.req?.headers.accept?.includes('application/graphql-response+json') ? { 'content-type': GRAPHQL_RESPONSE } : {};
}

export interface ErrorAnswer {
  /** Beyond `code`: e.g. a limit's name and maximum. */
  extensions?: Record<string, unknown>;
  headers?: OutgoingHttpHeaders;
}

/**
 * Every HTTP error the gateway answers outside a GraphQL execution (404, 405, 413, 401 before the body, 403,
 * 503 draining, 500): the body has the GraphQL error shape, so a client reads one format whatever refused it.
 */
export function sendError(res: ServerResponse, status: number, code: string, message: string, answer: ErrorAnswer = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...answer.extensions } }] }, { ...errorContentType(res), ...answer.headers });
}

/** A bug in one request must cost that request, never the process. */
export function failInternally(res: ServerResponse): void {
  if (res.headersSent) res.destroy();
  else sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, MESSAGES.INTERNAL_SERVER_ERROR);
}
