import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ConfigError } from '../config-error.js';

/**
 * The safelist: the documents a production front end may send. The file is what graphql-codegen's client preset
 * writes with `persistedDocuments: true`: `{ "<hash>": "<document>" }`. Clients refer to a document by that key
 * (`documentId`), by the sha256 of its text (Apollo's `extensions.persistedQuery.sha256Hash`), or send the text.
 */
export interface Manifest {
  /** The document by its manifest key (whatever hash the generator used). */
  byId: ReadonlyMap<string, string>;
  /** The document by the sha256 hex of its exact text: what Apollo computes as the query hash. */
  bySha256: ReadonlyMap<string, string>;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function manifestFrom(entries: Record<string, unknown>): Manifest {
  const byId = new Map<string, string>();
  const bySha256 = new Map<string, string>();
  for (const [id, document] of Object.entries(entries)) {
    if (typeof document !== 'string') throw new Error(`entry ${id} is not a document string`);
    // A document that does not parse could never run: better to fail at start-up than on a customer's screen.
    parse(document);
    byId.set(id, document);
    bySha256.set(sha256Hex(document), document);
  }
  return { byId, bySha256 };
}

export function loadManifest(path: string): Manifest {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError('SAFELIST_MANIFEST', 'cannot read the file as JSON');
  }
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    throw new ConfigError('SAFELIST_MANIFEST', 'must be a JSON object of { "<hash>": "<document>" }');
  }
  try {
    return manifestFrom(entries as Record<string, unknown>);
  } catch (error) {
    throw new ConfigError('SAFELIST_MANIFEST', `holds an invalid document (${(error as Error).message.split('\n')[0]})`);
  }
}
