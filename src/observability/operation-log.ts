import type { Context } from '../context.js';
import type { Scrubber } from './redact.js';

/** What one request collected by the time its response is finished. */
export interface OperationRecord {
  requestId: string;
  startedAt: number;
  context?: Context;
  /** Set once the document parsed and validated; until then the operation is '(unresolved)'. */
  operationName?: string;
  operationType?: string;
  /** undefined: no GraphQL result was produced (bad body, bad token, client gone). */
  hasData?: boolean;
  errorCodes: Set<string>;
  upstreamCodes: Set<string>;
  /** Messages of the bank failures behind the errors (service, method, path, status, bank code and message). */
  upstreamErrors: Set<string>;
  failure?: Error;
}

export type Outcome = 'ok' | 'partial' | 'error';

export interface OperationLine {
  requestId: string;
  operation: string;
  operationType: string;
  /** Keyed hash of the viewer (see createViewerHasher), never the bank user id. */
  viewer?: string;
  outcome: Outcome;
  status: number;
  durationMs: number;
  errorCodes: string[];
  upstreamCodes?: string[];
  upstreamErrors?: string[];
  /** All upstream attempts; `upstream` lists the first MAX_UPSTREAM_CALLS of them. */
  upstreamCount: number;
  upstream: Array<{
    service: string; method: string; path: string; status: number; attempt: number; outcome: string;
    durationMs: number; transactionId: string;
  }>;
  err?: Error;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
/** A failing fan-out can produce one error per account: a few messages tell the story. */
const MAX_UPSTREAM_ERRORS = 5;
/** Keeps a line of a wide fan-out under the ~16 KB at which log shippers split lines. */
const MAX_UPSTREAM_CALLS = 50;

/** Paths such as /institution-users/{userId} carry the raw user id, which the log must not. */
function withoutUserId(path: string, userId: string): string {
  return path.split(encodeURIComponent(userId)).join('{viewer}').split(userId).join('{viewer}');
}

export function operationLogLine(
  record: OperationRecord, status: number, durationMs: number,
  { hashViewer, scrub }: { hashViewer: (idType: string, userId: string) => string; scrub: Scrubber },
): { level: 'info' | 'warn' | 'error'; line: OperationLine } {
  const codes = [...record.errorCodes];
  const outcome: Outcome = codes.length === 0 ? 'ok' : record.hasData ? 'partial' : 'error';
  const viewer = record.context?.viewer;
  const anonymous = (text: string) => (viewer ? withoutUserId(text, viewer.userId) : text);
  const line: OperationLine = {
    requestId: record.requestId,
    operation: record.operationName ?? '(unresolved)',
    operationType: record.operationType ?? 'unknown',
    ...(viewer ? { viewer: hashViewer(viewer.idType, viewer.userId) } : {}),
    outcome,
    status,
    durationMs: round(durationMs),
    errorCodes: codes,
    ...(record.upstreamCodes.size > 0 ? { upstreamCodes: [...record.upstreamCodes] } : {}),
    ...(record.upstreamErrors.size > 0
      ? { upstreamErrors: [...record.upstreamErrors].slice(0, MAX_UPSTREAM_ERRORS).map((m) => scrub(anonymous(m))) }
      : {}),
    upstreamCount: record.context?.upstreamCalls.length ?? 0,
    upstream: (record.context?.upstreamCalls ?? []).slice(0, MAX_UPSTREAM_CALLS).map((call) => ({
      service: call.service, method: call.method, path: anonymous(call.path),
      status: call.status, attempt: call.attempt, outcome: call.outcome, durationMs: round(call.durationMs),
      transactionId: call.transactionId,
    })),
    ...(record.failure ? { err: record.failure } : {}),
  };
  const level = record.failure || codes.includes('INTERNAL_SERVER_ERROR') ? 'error'
    : codes.some((code) => code.startsWith('UPSTREAM_') || code === 'RATE_LIMITED') ? 'warn' : 'info';
  return { level, line };
}
