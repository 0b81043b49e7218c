import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Codegen runs in a throw-away copy so the check never rewrites the working tree it is judging.
const root = fileURLToPath(new URL('../../', import.meta.url));
const generatedDir = 'src/graphql';
const codegenBin = realpathSync(join(root, 'node_modules/.bin/graphql-codegen'));
const copies: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-fresh-'));
  copies.push(dir);
  for (const entry of ['schema', 'src', 'codegen.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function runCodegen(dir: string): Promise<void> {
  await promisify(execFile)(process.execPath, [codegenBin, '--config', 'codegen.ts'], { cwd: dir });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Files under src/graphql that codegen in `copy` created or changed compared with the working tree. */
function staleFiles(copy: string): string[] {
  const committed = join(root, generatedDir);
  const regenerated = join(copy, generatedDir);
  const known = new Set(listFiles(committed));
  return listFiles(regenerated).filter(
    (file) => !known.has(file) || readFileSync(join(regenerated, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'),
  );
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

// Each test runs the codegen CLI in a process of its own: well over the default timeout on a loaded machine.
describe('GraphQL codegen output', { timeout: 180_000 }, () => {
  it('matches what `npm run codegen` generates from schema/ and the mappers', async () => {
    const copy = copyProject();
    await runCodegen(copy);
    const stale = staleFiles(copy);
    expect(stale, `stale or missing generated files; run \`npm run codegen\`: ${stale.join(', ')}`).toEqual([]);
  });

  it('detects an unregenerated schema change and keeps implemented resolvers', async () => {
    const copy = copyProject();
    const viewerResolver = join(copy, generatedDir, 'resolvers/Query/viewer.ts');
    const implemented = `import type { QueryResolvers } from '../../types.generated.js';\n\nexport const viewer: NonNullable<QueryResolvers['viewer']> = () => ({}); // implemented\n`;
    writeFileSync(viewerResolver, implemented);
    appendFileSync(
      join(copy, 'schema/account.graphql'),
      '\nextend type Account {\n  """\n  Probe field.\n  """\n  codegenProbe: String!\n}\n',
    );

    await runCodegen(copy);

    expect(staleFiles(copy)).toEqual(
      expect.arrayContaining(['resolvers/Account.ts', 'schema.generated.graphqls', 'typeDefs.generated.ts', 'types.generated.ts']),
    );
    expect(readFileSync(join(copy, generatedDir, 'resolvers/Account.ts'), 'utf8')).toContain('codegenProbe');
    expect(readFileSync(viewerResolver, 'utf8')).toBe(implemented);
  });
});
