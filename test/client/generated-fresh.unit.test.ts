import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT_OUTPUT = 'test/client/generated/';

describe('client codegen output (test/client/generated)', () => {
  it('matches what `npm run codegen` generates from test/client/operations and the schema', async () => {
    const output = config.generates[CLIENT_OUTPUT];
    expect(output, `codegen.ts has no '${CLIENT_OUTPUT}' entry`).toBeDefined();
    // In memory only (saveToFile false): the check never rewrites what it judges.
    const files: Array<{ filename: string; content: string }> = await generate(
      { ...config, cwd: root, silent: true, generates: { [CLIENT_OUTPUT]: output! } },
      false,
    );
    expect(files.map((f) => f.filename).sort()).toEqual(
      ['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json'].map((name) => `${CLIENT_OUTPUT}${name}`),
    );
    const stale = files.filter((f) => readFileSync(`${root}${f.filename}`, 'utf8') !== f.content).map((f) => f.filename);
    expect(stale, 'stale client output: run `npm run codegen`').toEqual([]);
  });
});
