// docs/front-end.md is the tested recipe: each of its code blocks must be an excerpt of a file that npm test runs.
// A GraphQL block passes when each of its definitions is one of the reference operations' (comments and layout
// aside); the marked codegen recipe is run as printed by test/docs/codegen-recipe.test.ts instead.
import { readdirSync, readFileSync } from 'node:fs';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CODEGEN_RECIPE_MARKER } from '../docs/snippets.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const filesIn = (dir: string, suffix: string) => readdirSync(new URL(dir, import.meta.url)).filter((f) => f.endsWith(suffix)).map((f) => `${dir}${f}`);

// Indentation differs between a file and a Markdown block, so lines are compared trimmed.
const normalised = (text: string) => text.split('\n').map((line) => line.trim()).join('\n').trim();

const operationFiles = filesIn('./operations/', '.graphql');
const sources = ['../../codegen.ts', ...filesIn('./recipes/', '.ts'), ...filesIn('./', '.test.ts'), ...operationFiles]
  .map((path) => normalised(read(path)));
const referenceDefinitions = new Set(operationFiles.flatMap((path) => parse(read(path)).definitions.map((definition) => print(definition))));

const page = read('../../docs/front-end.md');
const blocks = [...page.matchAll(/(?:(<!--[^\n]*-->)\n)?```(\w*)\n([\s\S]*?)```/g)]
  .filter((match) => match[1] !== CODEGEN_RECIPE_MARKER)
  .map((match) => ({ lang: match[2]!, text: match[3]! }));

describe('docs/front-end.md', () => {
  it('has code blocks and the codegen recipe', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(page).toContain(CODEGEN_RECIPE_MARKER);
  });

  it.each(blocks.map((block, i) => [i + 1, block] as const))('block %i is an excerpt of a tested file', (_n, block) => {
    if (block.lang === 'graphql') {
      const unknown = parse(block.text).definitions.map((definition) => print(definition)).filter((text) => !referenceDefinitions.has(text));
      expect(unknown).toEqual([]);
      return;
    }
    const excerpt = normalised(block.text);
    expect(sources.some((source) => source.includes(excerpt)), excerpt).toBe(true);
  });
});
