import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/** Reads a JSON request body, refusing more than `limit` bytes before buffering it all. */
export async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  // Apollo itself answers non-JSON content types (CSRF prevention); hand those over as text.
  if (!type.includes('json')) return text;
  return text.length === 0 ? undefined : JSON.parse(text);
}
