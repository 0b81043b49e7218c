// Real-HTTP helpers for the sandbox tests: tokens and calls against an in-process sandbox.
import { randomUUID } from 'node:crypto';
import type { Sandbox, SandboxClient } from '../../src/sandbox/index.js';

export const CLIENT_ID = 'sandbox-client';
export const CLIENT_SECRET = 'sandbox-secret';
export const INSTITUTION = '00016';

/** Fewer scopes than the default client: masked numbers, no writes, no transactions. */
export const READ_ONLY_CLIENT: SandboxClient = {
  clientId: 'read-only', clientSecret: 'read-only-secret', institutionId: INSTITUTION,
  scopes: ['accounts:read', 'recipients:read'],
};

export function basic(id = CLIENT_ID, secret = CLIENT_SECRET): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

async function toResult(response: Response): Promise<HttpResult> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

export interface TokenRequest {
  form?: Record<string, string>;
  headers?: Record<string, string | undefined>;
  authorization?: string;
}

/** POST /oauth2/v1/token with sensible defaults (client credentials, default client). */
export async function tokenCall(sandbox: Sandbox, request: TokenRequest = {}): Promise<HttpResult> {
  const headers: Record<string, string> = {
    authorization: request.authorization ?? basic(),
    transactionId: randomUUID(),
    institutionId: INSTITUTION,
    'content-type': 'application/x-www-form-urlencoded',
  };
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  const body = new URLSearchParams(request.form ?? { grant_type: 'client_credentials' }).toString();
  return toResult(await fetch(`${sandbox.url}/oauth2/v1/token`, { method: 'POST', headers, body }));
}

export async function accessToken(sandbox: Sandbox, request: TokenRequest = {}): Promise<string> {
  const result = await tokenCall(sandbox, request);
  if (result.status !== 200) throw new Error(`token request failed: ${result.status} ${result.text}`);
  return result.body.access_token as string;
}

export function passwordForm(username: string, password: string): Record<string, string> {
  return { grant_type: 'password', username, password };
}

export interface CallOptions {
  method?: string;
  token?: string;
  /** Headers to add; `undefined` removes a default (transactionId, authorization). */
  headers?: Record<string, string | undefined>;
  json?: unknown;
  body?: string;
}

/** A resource call with a fresh transactionId and the bearer token. */
export async function call(sandbox: Sandbox, path: string, options: CallOptions = {}): Promise<HttpResult> {
  const headers: Record<string, string> = { transactionId: randomUUID(), accept: 'application/json' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const init: RequestInit = { method: options.method ?? 'GET', headers };
  if (body !== undefined) init.body = body;
  return toResult(await fetch(`${sandbox.url}${path}`, init));
}

/** A UX call: correlationId instead of transactionId. */
export function uxCall(sandbox: Sandbox, path: string, token: string, headers: Record<string, string | undefined> = {}) {
  return call(sandbox, path, { token, headers: { transactionId: undefined, correlationId: randomUUID(), ...headers } });
}

export function keysOf(value: object): string[] {
  return Object.keys(value).sort();
}
