import type { UpstreamService } from './events.js';

export type UpstreamErrorKind = 'http' | 'timeout' | 'network' | 'invalid-body' | 'token' | 'circuit-open';

export interface UpstreamErrorInit {
  service: UpstreamService;
  kind: UpstreamErrorKind;
  /** HTTP status of the bank's answer; 0 when there was none (network, timeout). */
  status: number;
  message: string;
  code?: string | undefined;
  transactionId?: string | undefined;
  retryable: boolean;
}

/**
 * Every failure of a call to the bank. The message names service, method, path (never the query,
 * which carries user ids) and the bank's own code/message; tokens and the client secret never appear,
 * and no `cause` is attached because library errors embed the full URL.
 */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly service: UpstreamService;
  readonly kind: UpstreamErrorKind;
  readonly status: number;
  readonly code: string | undefined;
  readonly transactionId: string | undefined;
  readonly retryable: boolean;

  constructor(init: UpstreamErrorInit) {
    super(init.message);
    this.service = init.service;
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.transactionId = init.transactionId;
    this.retryable = init.retryable;
  }
}

/** Shared with the gateway's own config so `instanceof ConfigError` catches both at start-up. */
export { ConfigError } from '../config-error.js';

/**
 * "Not found" as the bank spells it per service: an account the user may not see is 404 ACC_00012,
 * but an unknown recipient is HTTP 400 REC_14004 (contract §6.3). A 404 ACC_00101 (unknown *user*)
 * is deliberately not included: that is a broken session, not a missing object.
 */
const NOT_FOUND_CODES = new Set(['ACC_00012', 'REC_14004']);

export function isNotFoundError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.kind === 'http' && NOT_FOUND_CODES.has(error.code ?? '');
}

/**
 * A single-account read answered "no such account": besides ACC_00012, a bank taking the strict reading answers
 * with the documented 404 example, ACC_00101 (docs/bank-contract.md). Only for reads by id: on a list call,
 * ACC_00101 is an unknown user.
 */
export function isAccountNotFound(error: unknown): error is UpstreamError {
  return isNotFoundError(error) || isBankCode(error, 'ACC_00101');
}

/** The bank refused the bearer token: 401, or 400 CMN_90018 "Invalid token" (1.11.0) / ACC_00601 as 400 (1.3.1). */
export function isRefusedTokenAnswer(error: UpstreamError): boolean {
  return error.status === 401 || (error.status === 400 && (error.code === 'CMN_90018' || error.code === 'ACC_00601'));
}

/** The bank answered with this code (an HTTP error with a bank code, not an outage). */
export function isBankCode(error: unknown, ...codes: string[]): error is UpstreamError {
  return error instanceof UpstreamError && error.kind === 'http' && codes.includes(error.code ?? '');
}

/** The gateway sends no account update: ACCOUNT_UPDATE is off, or the bank has no such endpoint. */
export class AccountUpdateUnsupportedError extends Error {
  override readonly name = 'AccountUpdateUnsupportedError';
}

/** Parses the bank's `{code, message}` error body; anything else yields no code. */
export function parseErrorBody(bodyText: string): { code?: string; message?: string } {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body !== 'object' || body === null) return {};
    const { code, message } = body as Record<string, unknown>;
    return {
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof message === 'string' ? { message } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * Makes a bank-supplied message safe to keep: drops anything that looks like a query string (a gateway
 * may echo the URL) and every secret the caller names, and bounds the length.
 */
export function scrubMessage(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text.replace(/\?\S+/g, '?…');
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  return out.length > 300 ? `${out.slice(0, 300)}…` : out;
}
