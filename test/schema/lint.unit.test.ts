import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The same config `npm run lint:schema` uses; rule choices and their reasons live there.
const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'test/schema/eslint.config.mjs' });

describe('graphql-eslint schema rules', () => {
  it('pass on every schema file', async () => {
    const results = await eslint.lintFiles(['schema/']);
    const formatter = await eslint.loadFormatter('stylish');
    const schemaFiles = readdirSync(`${root}schema`).filter((name) => name.endsWith('.graphql'));
    expect(results.map((r) => r.filePath.split('/').pop()).sort()).toEqual(schemaFiles.sort());
    const problems = results.reduce((sum, r) => sum + r.errorCount + r.warningCount, 0);
    expect(problems, await formatter.format(results)).toBe(0);
  });

  it('reject an undocumented field, a wrongly cased name and an id-less entity', async () => {
    // Not a file on disk: the schema the rules resolve against stays the real one.
    const [result] = await eslint.lintText(
      '"""\nA probe.\n"""\ntype ProbeThing {\n  """\n  Name.\n  """\n  Display_name: String\n  undocumented: Int\n}\n',
      { filePath: `${root}schema/probe.graphql` },
    );
    expect(result!.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['@graphql-eslint/require-description', '@graphql-eslint/naming-convention', '@graphql-eslint/strict-id-in-types']),
    );
  });
});
