import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withoutInternalDirectives } from '../../src/graphql/schema-directives.js';
import { describeChange, parseAcknowledgements, reviewSchema } from './schema-review.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
// The merged SDL codegen writes (test/graphql/codegen-fresh.test.ts keeps it in step with schema/).
const current = read('../../src/graphql/schema.generated.graphqls');
const baseline = read('./baseline.graphqls');
const acknowledgements = parseAcknowledgements(JSON.parse(read('./acknowledged-breaking-changes.json')));

const HOW_TO =
  'Breaking schema changes against test/schema/baseline.graphqls (the last released schema). Restore the field/type, ' +
  'or, if front ends agreed, add {"type","path","reason","date"} for each to test/schema/acknowledged-breaking-changes.json';

function withoutField(sdl: string, typeName: string, fieldName: string): string {
  return print(visit(parse(sdl), {
    ObjectTypeDefinition: (node) =>
      node.name.value === typeName ? { ...node, fields: node.fields?.filter((f) => f.name.value !== fieldName) } : undefined,
  }));
}

describe('schema governance (graphql-inspector diff against the released baseline)', () => {
  it('has no unacknowledged breaking change; dangerous changes are reported only', async () => {
    const review = await reviewSchema(baseline, current, acknowledgements);
    for (const change of review.dangerous) console.warn(`[schema] dangerous change: ${describeChange(change)}`);
    for (const change of review.acknowledged) console.warn(`[schema] acknowledged breaking change: ${describeChange(change)}`);
    expect(review.unacknowledged.map(describeChange), HOW_TO).toEqual([]);
  });

  it('has no stale acknowledgement (each must match a breaking change still pending release)', async () => {
    const review = await reviewSchema(baseline, current, acknowledgements);
    expect(review.stale, 'remove these from acknowledged-breaking-changes.json (the baseline already contains them, or the path is wrong)').toEqual([]);
  });

  it('catches a removed field, and accepts it once acknowledged', async () => {
    const changed = withoutField(baseline, 'Account', 'nickName');
    const review = await reviewSchema(baseline, changed, []);
    expect(review.unacknowledged.map((c) => [c.type, c.path])).toEqual([['FIELD_REMOVED', 'Account.nickName']]);

    const ack = { type: 'FIELD_REMOVED', path: 'Account.nickName', reason: 'probe', date: '2026-01-01' };
    const accepted = await reviewSchema(baseline, changed, [ack]);
    expect(accepted.unacknowledged).toEqual([]);
    expect(accepted.acknowledged).toHaveLength(1);
  });

  it('treats a new enum value as dangerous, not breaking', async () => {
    const review = await reviewSchema(baseline, `${baseline}\nextend enum UserErrorCode { PROBE_CODE }\n`, []);
    expect(review.unacknowledged).toEqual([]);
    expect(review.dangerous.map((c) => c.type)).toContain('ENUM_VALUE_ADDED');
  });

  it('leaves internal directives out: they are not served, so dropping one breaks no client', async () => {
    expect(current).toContain('@bankFields(');
    const review = await reviewSchema(current, print(withoutInternalDirectives(parse(current))), []);
    expect(review.unacknowledged.map(describeChange)).toEqual([]);
  });

  it('rejects an acknowledgement without a reason or with a malformed date', () => {
    expect(() => parseAcknowledgements([{ type: 'FIELD_REMOVED', path: 'A.b', reason: '', date: '2026-01-01' }])).toThrow(/reason/);
    expect(() => parseAcknowledgements([{ type: 'FIELD_REMOVED', path: 'A.b', reason: 'x', date: '01/02/2026' }])).toThrow(/date/);
  });
});
