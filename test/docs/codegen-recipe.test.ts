// The codegen.ts the documentation tells front-end developers to write is run as printed, over the documentation's
// own operations, and what it generates is type-checked the way an ESM front end compiles it (module NodeNext).
// A recipe is found by CODEGEN_RECIPE_MARKER on the line before its fence.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generate, loadCodegenConfig, type CodegenConfig } from '@graphql-codegen/cli';
import { isExecutableDefinitionNode } from 'graphql';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CODEGEN_RECIPE_MARKER, documentationFiles, operationNames, parsedGraphql, readPage, ROOT, type Snippet,
} from './snippets.js';

const SERVED_SCHEMA = join(ROOT, 'src/graphql/schema.generated.graphqls');
const fences = documentationFiles().flatMap((file) => readPage(file).fences);
const recipes = fences.filter((fence) => fence.marked);
const operationFences = fences.filter((fence) =>
  fence.lang === 'graphql' && parsedGraphql(fence.text)?.definitions.some(isExecutableDefinitionNode));
const names = operationFences.flatMap((fence) => operationNames(parsedGraphql(fence.text)));

const workDirs: string[] = [];
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

/** A front-end project holding only the recipe, as an ESM package, with this repository's node_modules. */
function frontEndProject(recipe: Snippet): string {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-recipe-'));
  workDirs.push(dir);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(dir, 'codegen.ts'), recipe.text);
  return dir;
}

/** Puts the served SDL where the recipe's `schema` points, and the documented operations where `documents` globs. */
function provideInputs(dir: string, config: CodegenConfig): void {
  // An output may name its own schema and documents; a plugin list (an array) names neither.
  const targets = [config, ...Object.values(config.generates) as Array<Pick<CodegenConfig, 'schema' | 'documents'>>];
  for (const schema of targets.map((target) => target.schema).filter((s) => typeof s === 'string')) {
    mkdirSync(dirname(join(dir, schema)), { recursive: true });
    cpSync(SERVED_SCHEMA, join(dir, schema));
  }
  for (const glob of targets.map((target) => target.documents).filter((d) => typeof d === 'string')) {
    const file = join(dir, glob.replace(/\*\*\//g, '').replace(/\*/g, 'documented-operations'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, operationFences.map((fence) => fence.text).join('\n\n'));
  }
}

/** A module importing every documented operation's typed document from each client-preset output. */
function usageModule(dir: string, config: CodegenConfig): string {
  const outputs = Object.entries(config.generates)
    .filter(([, target]) => typeof target === 'object' && 'preset' in target && target.preset === 'client')
    .map(([path]) => path.replace(/\/?$/, '/'));
  if (outputs.length === 0) throw new Error('the recipe has no output with the client preset');
  const lines = outputs.flatMap((output, i) => [
    `import { ${names.map((name) => `${name}Document as ${name}${i}`).join(', ')} } from './${output}graphql.js';`,
    `export const documents${i} = [${names.map((name) => `${name}${i}`).join(', ')}];`,
  ]);
  const file = join(dir, 'uses-documents.ts');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function typeErrors(dir: string, entry: string): string[] {
  const files = [join(dir, 'codegen.ts'), entry, ...readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith('node_modules')).map((file) => join(dir, file))];
  const program = ts.createProgram([...new Set(files)], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.slice(dir.length + 1)}:${line + 1}: TS${diagnostic.code} ${message}`;
  });
}

describe('the documented codegen recipe', () => {
  it(`is marked with ${CODEGEN_RECIPE_MARKER} wherever it is shown`, () => {
    const unmarked = fences
      .filter((fence) => !fence.marked && /preset:\s*['"]client['"]|CodegenConfig/.test(fence.text))
      .map((fence) => fence.where);
    expect(unmarked, 'a codegen config the tests do not run').toEqual([]);
  });

  it.each(recipes.map((recipe) => [recipe.where, recipe] as const))('%s generates typed documents that compile under NodeNext', async (_, recipe) => {
    const dir = frontEndProject(recipe);
    const { config } = await loadCodegenConfig({ configFilePath: join(dir, 'codegen.ts') });
    provideInputs(dir, config);
    await generate({ ...config, cwd: dir, silent: true }, true);
    expect(typeErrors(dir, usageModule(dir, config))).toEqual([]);
  }, 60_000);
});
