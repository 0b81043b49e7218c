import { randomUUID } from 'node:crypto';
import type { UpstreamConfig } from '../config.js';
import { UpstreamError, parseErrorBody, scrubMessage } from '../errors.js';
import type { UpstreamCallEvent } from '../events.js';
import { isRetryableStatus } from '../retry.js';
import { NetworkError } from '../transport.js';
import type { Transport, TransportResponse } from '../transport.js';
import type { Deadline } from './deadline.js';
import type { PreparedCall } from './resolve.js';

/** One HTTP attempt: its answer or failure, and what its call event reports. */
export type Attempt = {
  /** 1-based, over every attempt of the call. */
  number: number;
  transactionId: string;
  startedAt: number;
  /** 0 when no response arrived (network error, timeout). */
  status: number;
} & ({ ok: true; response: TransportResponse } | { ok: false; error: UpstreamError; response?: TransportResponse });

type AttemptConfig = Pick<UpstreamConfig, 'institutionId' | 'timeoutMs' | 'clientSecret'>;

/**
 * One HTTP attempt with a fresh trace id, bounded by UPSTREAM_TIMEOUT_MS and by the call's `deadline`; never
 * throws, the caller decides about retries.
 */
export async function sendAttempt(
  transport: Transport, config: AttemptConfig, call: PreparedCall, token: string, number: number,
  deadline: Pick<Deadline, 'attemptSignal'>,
): Promise<Attempt> {
  const transactionId = randomUUID();
  const startedAt = performance.now();
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    transactionId,
    institutionId: config.institutionId,
    Accept: 'application/json',
    ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
  };
  let response: TransportResponse;
  const attemptSignal = deadline.attemptSignal(config.timeoutMs);
  try {
    response = await transport.send({ method: call.method, url: call.url, headers, body: call.body, signal: attemptSignal.signal });
  } catch (thrown) {
    // The transport only throws NetworkError or the reason of an aborted signal.
    const error = thrown instanceof NetworkError
      ? upstreamError(call, transactionId, 'network', 0, thrown.message, true)
      : upstreamError(call, transactionId, 'timeout', 0, `timed out after ${config.timeoutMs} ms`, true);
    return { ok: false, error, number, transactionId, startedAt, status: 0 };
  } finally {
    attemptSignal.dispose();
  }
  const { status } = response;
  if (status >= 200 && status < 300) return { ok: true, response, number, transactionId, startedAt, status };
  const { code, message } = parseErrorBody(response.bodyText);
  const detail = [code, message && scrubMessage(message, [token, config.clientSecret])].filter(Boolean).join(' ');
  const error = upstreamError(call, transactionId, 'http', status,
    `HTTP ${status}${detail ? ` ${detail}` : ''}`, isRetryableStatus(status), code);
  return { ok: false, error, response, number, transactionId, startedAt, status };
}

export function upstreamError(
  call: Pick<PreparedCall, 'service' | 'method' | 'path'>, transactionId: string | undefined,
  kind: UpstreamError['kind'], status: number, message: string, retryable: boolean, code?: string,
): UpstreamError {
  return new UpstreamError({ service: call.service, kind, status, code, transactionId, retryable,
    message: `${call.service} ${call.method} ${call.path}: ${message}` });
}

/** The parsed 2xx body, or the 'invalid-body' error (returned, so the attempt can be reported first). */
export function parseBody<T>(call: PreparedCall, response: TransportResponse, transactionId: string): T | UpstreamError {
  if (!call.expectBody) return undefined as T;
  // Built only on failure: an Error captures a stack trace, too dear for every successful call.
  const invalid = () => upstreamError(call, transactionId, 'invalid-body', response.status,
    `HTTP ${response.status} with a body that is not the expected JSON`, false);
  try {
    const body: unknown = JSON.parse(response.bodyText);
    return call.validate && !call.validate(body) ? invalid() : (body as T);
  } catch {
    return invalid();
  }
}

/** The event every attempt emits once, when the call knows what comes of it (ok, error, or retry). */
export function attemptEvent(call: PreparedCall, attempt: Attempt, outcome: UpstreamCallEvent['outcome']): UpstreamCallEvent {
  return { service: call.service, method: call.method, path: call.path, status: attempt.status,
    transactionId: attempt.transactionId, attempt: attempt.number, outcome, durationMs: performance.now() - attempt.startedAt };
}
