// The code shown to readers of README.md and docs/*.md, extracted so tests can hold it to the schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DocumentNode } from 'graphql';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Put on the line before a ```ts fence holding a whole codegen.ts: the test runs it and type-checks its output. */
export const CODEGEN_RECIPE_MARKER = '<!-- codegen-recipe: run by test/docs -->';

export interface Snippet {
  /** `docs/front-end.md:42`: the fence's opening line. */
  where: string;
  /** Line number (1-based) of the fence's first content line. */
  firstLine: number;
  lang: string;
  text: string;
  /** Whether the line before the fence is CODEGEN_RECIPE_MARKER. */
  marked: boolean;
}

export interface InlineCode {
  where: string;
  text: string;
}

export interface Page {
  file: string;
  fences: Snippet[];
  inline: InlineCode[];
}

/** README.md and every page of docs/, whatever exists when the tests run. */
export function documentationFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort();
  return ['README.md', ...docs.map((name) => `docs/${name}`)];
}

const FENCE = /^(\s*)```\s*([\w-]*)\s*$/;
const INLINE_CODE = /`([^`\n]+)`/g;

export function readPage(file: string): Page {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const page: Page = { file, fences: [], inline: [] };
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) {
      for (const match of lines[i].matchAll(INLINE_CODE)) page.inline.push({ where: `${file}:${i + 1}`, text: match[1] });
      continue;
    }
    const [, indent, lang] = open;
    const body: string[] = [];
    let close = i + 1;
    while (close < lines.length && !/^\s*```\s*$/.test(lines[close])) body.push(lines[close++]);
    page.fences.push({
      where: `${file}:${i + 1}`,
      firstLine: i + 2,
      lang,
      // List items indent their fences; the snippet is what a reader copies, without that indentation.
      text: body.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n'),
      marked: lines[i - 1]?.trim() === CODEGEN_RECIPE_MARKER,
    });
    i = close;
  }
  return page;
}

/** The fence's GraphQL document, or undefined when it does not parse (the snippets test reports that). */
export function parsedGraphql(text: string): DocumentNode | undefined {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

export function operationNames(document: DocumentNode | undefined): string[] {
  return (document?.definitions ?? []).flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : []);
}
