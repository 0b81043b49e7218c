// GraphiQL and the docs explorers render descriptions as Markdown: a hard line break inside a paragraph shows
// as a break mid-sentence. Paragraphs are therefore single lines; lists, tables and code keep their lines.
import { readdirSync, readFileSync } from 'node:fs';
import { parse, visit, type StringValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
const files = readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.graphql'));
const structured = /^\s*([-*]\s|\d+\.\s|\||```)/;

function wrappedParagraphs(description: string): string[] {
  const lines = description.split('\n');
  const wrapped: string[] = [];
  let inCode = false;
  lines.forEach((line, i) => {
    if (line.trim().startsWith('```')) inCode = !inCode;
    const next = lines[i + 1];
    if (inCode || next === undefined || !line.trim() || !next.trim()) return;
    if (!structured.test(next) && !structured.test(line)) wrapped.push(`${line.trim()} ⏎ ${next.trim()}`);
  });
  return wrapped;
}

describe('SDL descriptions', () => {
  it.each(files)('%s writes each paragraph on one line', (file) => {
    const found: string[] = [];
    visit(parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')), {
      StringValue(node: StringValueNode) {
        if (node.block) found.push(...wrappedParagraphs(node.value));
      },
    });
    expect(found).toEqual([]);
  });
});
