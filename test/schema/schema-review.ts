// Compares the schema with the last released one (test/schema/baseline.graphqls). Breaking changes
// fail unless acknowledged; the release flow is in docs/front-end.md ("Schema changes").
import { buildASTSchema, parse } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { withoutInternalDirectives } from '../../src/graphql/schema-directives.js';

/** One entry of acknowledged-breaking-changes.json: a breaking change released on purpose. */
export interface Acknowledgement {
  /** graphql-inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  /** graphql-inspector's path, e.g. Account.micrNumber. */
  path: string;
  /** Why clients can live with it (who was told, what replaces it). */
  reason: string;
  /** YYYY-MM-DD the change was accepted. */
  date: string;
}

export interface SchemaReview {
  unacknowledged: Change[];
  acknowledged: Change[];
  dangerous: Change[];
  /** Acknowledgements no current breaking change matches: left over from a released baseline, or mistyped. */
  stale: Acknowledgement[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseAcknowledgements(json: unknown): Acknowledgement[] {
  if (!Array.isArray(json)) throw new Error('acknowledged-breaking-changes.json must be an array');
  return json.map((entry: Partial<Acknowledgement>, index) => {
    const where = `acknowledged-breaking-changes.json[${index}]`;
    for (const key of ['type', 'path', 'reason', 'date'] as const) {
      if (typeof entry?.[key] !== 'string' || entry[key]!.trim() === '') throw new Error(`${where}.${key} must be a non-empty string`);
    }
    if (!DATE.test(entry.date!) || Number.isNaN(Date.parse(entry.date!))) throw new Error(`${where}.date must be YYYY-MM-DD`);
    return entry as Acknowledgement;
  });
}

export function describeChange(change: Change): string {
  return `${change.type} ${change.path ?? '(schema)'}: ${change.message}`;
}

const key = (type: string, path: string | undefined) => `${type} ${path ?? ''}`;

export async function reviewSchema(baselineSdl: string, currentSdl: string, acknowledgements: Acknowledgement[]): Promise<SchemaReview> {
  // The schema clients see: internal directives (@bankFields …) are not served, so they are no part of the contract.
  const served = (sdl: string) => buildASTSchema(withoutInternalDirectives(parse(sdl)));
  const changes = await diff(served(baselineSdl), served(currentSdl));
  const acked = new Set(acknowledgements.map((a) => key(a.type, a.path)));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const breakingKeys = new Set(breaking.map((c) => key(c.type, c.path)));
  return {
    unacknowledged: breaking.filter((c) => !acked.has(key(c.type, c.path))),
    acknowledged: breaking.filter((c) => acked.has(key(c.type, c.path))),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    stale: acknowledgements.filter((a) => !breakingKeys.has(key(a.type, a.path))),
  };
}
