import type { UpstreamConfig } from '../config.js';
import { buildQuery, resourcePath } from '../paths.js';
import type { BankResource, QueryValue } from '../paths.js';
import type { TransportRequest } from '../transport.js';

export interface BankRequest {
  /** Also picks the resource path for the configured API style (paths.ts). */
  service: BankResource;
  method: TransportRequest['method'];
  /** The item within the service's collection (`…/accounts/{id}`); encoded by the client. */
  id?: string;
  /** Undefined values are not sent. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** false: a 2xx body is ignored (DELETE answers 204 without one). */
  expectBody?: boolean;
  /** Shape check of a 2xx body; failing it is an 'invalid-body' error rather than a crash later. */
  validate?: (body: unknown) => boolean;
}

/** A resource call resolved against the configuration: what every attempt of it sends. */
export interface PreparedCall {
  service: BankResource;
  method: TransportRequest['method'];
  /** Path without the query: the only location ever named in errors and events. */
  path: string;
  url: string;
  body: string | undefined;
  expectBody: boolean;
  validate: ((body: unknown) => boolean) | undefined;
}

/** Resolved once per call, not per attempt: retries send the same URL and body. Throws RangeError on a bad id or key. */
export function resolveCall(config: Pick<UpstreamConfig, 'apiStyle' | 'baseUrl'>, req: BankRequest): PreparedCall {
  const path = resourcePath(config.apiStyle, req.service, req.id);
  return {
    service: req.service, method: req.method, path, url: `${config.baseUrl}${path}${buildQuery(req.query)}`,
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
    expectBody: req.expectBody ?? true, validate: req.validate,
  };
}
