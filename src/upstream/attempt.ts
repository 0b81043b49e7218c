import type { UpstreamConfig } from './config.js';
import { UpstreamError, parseErrorBody, scrubMessage } from './errors.js';
import type { BankResource } from './paths.js';
import { isRetryableStatus } from './retry.js';
import { timeoutSignal } from './timeout-signal.js';
import { NetworkError } from './transport.js';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';

/** A resource call resolved against the configuration: what one HTTP attempt needs. */
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

export type Attempt =
  | { ok: true; response: TransportResponse }
  | { ok: false; error: UpstreamError; response?: TransportResponse };

type AttemptConfig = Pick<UpstreamConfig, 'institutionId' | 'timeoutMs' | 'clientSecret'>;

/** One HTTP attempt with a fresh trace id; never throws, the caller decides about retries. */
export async function sendAttempt(
  transport: Transport, config: AttemptConfig, call: PreparedCall, token: string, transactionId: string,
  overall: AbortSignal,
): Promise<Attempt> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    transactionId,
    institutionId: config.institutionId,
    Accept: 'application/json',
    ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
  };
  let response: TransportResponse;
  const attemptSignal = timeoutSignal(config.timeoutMs, overall);
  try {
    response = await transport.send({ method: call.method, url: call.url, headers, body: call.body, signal: attemptSignal.signal });
  } catch (thrown) {
    // The transport only throws NetworkError or the reason of an aborted signal.
    const error = thrown instanceof NetworkError
      ? upstreamError(call, transactionId, 'network', 0, thrown.message, true)
      : upstreamError(call, transactionId, 'timeout', 0, `timed out after ${config.timeoutMs} ms`, true);
    return { ok: false, error };
  } finally {
    attemptSignal.dispose();
  }
  if (response.status >= 200 && response.status < 300) return { ok: true, response };
  const { code, message } = parseErrorBody(response.bodyText);
  const detail = [code, message && scrubMessage(message, [token, config.clientSecret])].filter(Boolean).join(' ');
  const error = upstreamError(call, transactionId, 'http', response.status,
    `HTTP ${response.status}${detail ? ` ${detail}` : ''}`, isRetryableStatus(response.status), code);
  return { ok: false, error, response };
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
