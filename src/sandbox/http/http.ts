// Small HTTP vocabulary shared by the handlers: what a handler returns, how it fails, and the
// request helpers (bounded body, UUID check).
import type { IncomingMessage } from 'node:http';

export interface Reply {
  status: number;
  /** Serialised once, by the server, right before it is written. */
  body?: unknown;
  /** A body sent as is: an already serialised JSON response, or the non-JSON fault's HTML. */
  raw?: string;
  headers?: Record<string, string>;
}

/** A documented bank error: the server turns it into `{code, message}` with this status. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export class BodyTooLargeError extends Error {}

// Far above any legitimate request (the largest is a recipient body); keeps a misbehaving client
// from making the sandbox buffer arbitrary amounts.
const MAX_BODY_BYTES = 256 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | undefined): value is string {
  return value !== undefined && UUID.test(value);
}

/** A header's single value (Node joins repeated custom headers with ", "; we take it as sent). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
