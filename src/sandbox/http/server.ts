// The request pipeline: route, log, latency and faults, handler, one JSON.stringify, write.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_PREFIX, handleAdmin } from './admin.js';
import type { CallContext } from './context.js';
import type { FaultEngine } from './faults.js';
import { ApiError, BodyTooLargeError, header, readBody, type Reply } from './http.js';
import type { RequestLog } from './request-log.js';
import { matchRoute, type RouteMatch } from '../routes/routes.js';
import { errorBody, genericError, type Service } from '../routes/service-errors.js';
import type { SandboxState } from '../state.js';
import type { FaultRule, RequestLogEntry } from '../types.js';

export interface SandboxParts {
  state: SandboxState;
  log: RequestLog;
  faults: FaultEngine;
  admin: boolean;
  /** Aborted by close(): pending latency timers stop instead of answering on dead sockets. */
  closing: AbortSignal;
}

const PRINTABLE = /^[\t\x20-\x7e]*$/;

/** `finish` sees the body size right before the response is written. */
function send(res: ServerResponse, reply: Reply, trace?: readonly [string, string], finish?: (bytes: number) => void): void {
  const payload = reply.raw ?? (reply.body === undefined ? undefined : JSON.stringify(reply.body));
  const bytes = payload === undefined ? 0 : Buffer.byteLength(payload);
  finish?.(bytes);
  if (res.destroyed) return;
  const headers: Record<string, string | number> = { ...reply.headers };
  if (trace && PRINTABLE.test(trace[1])) headers[trace[0]] = trace[1];
  if (payload !== undefined) {
    headers['content-type'] ??= 'application/json';
    headers['content-length'] = bytes;
  } else if (reply.status !== 204) {
    headers['content-length'] = 0;
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function errorReply(service: Service, error: unknown): Reply {
  if (error instanceof ApiError) return { status: error.status, body: errorBody(service, error) };
  const spec = genericError(service, error instanceof BodyTooLargeError ? 'clientError' : 'serverError');
  return { status: spec.status, body: errorBody(service, spec) };
}

function unroutedReply(match: Exclude<RouteMatch, { kind: 'route' }>, method: string, path: string): Reply {
  const body = { code: 'CMN_90011', message: `Request is invalid: the sandbox serves no ${method} ${path}` };
  return match.kind === 'not-found' ? { status: 404, body } : { status: 405, body, headers: { allow: match.allow } };
}

function faultReply(rule: FaultRule, service: Service): Reply {
  switch (rule.kind) {
    case 'rate-limit':
      return {
        status: 429,
        headers: { 'retry-after': String(rule.retryAfterSeconds ?? 1) },
        body: errorBody(service, { status: 429, code: rule.code ?? 'CMN_90002', message: rule.message ?? 'Spike limit violation' }),
      };
    case 'non-json':
      // What an intermediary's error page looks like: HTML where the client expects JSON.
      return { status: rule.status ?? 200, headers: { 'content-type': 'text/html' }, raw: '<html><body><h1>Service Unavailable</h1></body></html>' };
    default: {
      const fallback = genericError(service, 'serverError');
      const status = rule.status ?? fallback.status;
      return { status, body: errorBody(service, { status, code: rule.code ?? fallback.code, message: rule.message ?? fallback.message }) };
    }
  }
}

async function runHandler(parts: SandboxParts, match: Extract<RouteMatch, { kind: 'route' }>, req: IncomingMessage,
  query: URLSearchParams, entry: RequestLogEntry): Promise<Reply> {
  const ctx: CallContext = {
    req, state: parts.state, route: match.route, service: match.service, query, entry, body: () => readBody(req),
  };
  if (match.id !== undefined) ctx.id = match.id;
  try {
    return await match.handler(ctx);
  } catch (error) {
    return errorReply(match.service, error);
  }
}

async function pause(ms: number, closing: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal: closing });
    return true;
  } catch {
    return false;
  }
}

async function dispatch(parts: SandboxParts, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
  if (parts.admin && path.startsWith(ADMIN_PREFIX)) {
    send(res, await handleAdmin(parts, method, path, req));
    return;
  }

  const match = matchRoute(method, path, parts.state.strict);
  const service = match.kind === 'not-found' ? 'token' : match.service;
  const traceName = service === 'ux' ? 'correlationId' : 'transactionId';
  const traceId = header(req, traceName.toLowerCase());
  const trace = traceId === undefined ? undefined : [traceName, traceId] as const;
  const entry = parts.log.start(method, path, query, match.kind === 'route' ? match.route : 'unknown', traceId);

  const decision = parts.faults.decide(entry.route);
  if (decision.delayMs > 0 && !(await pause(decision.delayMs, parts.closing))) return;
  if (decision.fault?.kind === 'hang') {
    res.on('close', () => parts.log.finish(entry, 0));
    return;
  }
  if (decision.fault?.kind === 'drop') {
    parts.log.finish(entry, 0);
    req.socket.destroy();
    return;
  }
  const reply = decision.fault
    ? faultReply(decision.fault, service)
    : match.kind === 'route' ? await runHandler(parts, match, req, query, entry) : unroutedReply(match, method, path);
  send(res, reply, trace, (bytes) => parts.log.finish(entry, reply.status, bytes));
}

export function createDispatcher(parts: SandboxParts): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    dispatch(parts, req, res).catch(() => res.destroy());
  };
}
