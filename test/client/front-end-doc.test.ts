// docs/front-end.md is the tested recipe: each of its code blocks must be an excerpt of a file that npm test runs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const filesIn = (dir: string, suffix: string) => readdirSync(new URL(dir, import.meta.url)).filter((f) => f.endsWith(suffix)).map((f) => `${dir}${f}`);

// Indentation differs between a file and a Markdown block, so lines are compared trimmed.
const normalised = (text: string) => text.split('\n').map((line) => line.trim()).join('\n').trim();

const sources = ['../../codegen.ts', ...filesIn('./recipes/', '.ts'), ...filesIn('./', '.test.ts'), ...filesIn('./operations/', '.graphql')]
  .map((path) => normalised(read(path)));
const blocks = [...read('../../docs/front-end.md').matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('docs/front-end.md', () => {
  it('has code blocks', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((block, i) => [i + 1, block]))('block %i is an excerpt of a tested file', (_n, block) => {
    const excerpt = normalised(block as string);
    expect(sources.some((source) => source.includes(excerpt)), excerpt).toBe(true);
  });
});
