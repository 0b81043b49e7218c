// Every GraphQL document the README and docs/ show is checked against the served schema, so an example a reader
// copies runs. The rules: GraphQL goes in a ```graphql fence (never inline code, never another fence tag); an
// operation has a name, unique across the documentation (codegen's client preset skips anonymous ones, and
// refuses duplicates); a fence of type definitions is SDL and must be a valid extension of the schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema, extendSchema, GraphQLError, isExecutableDefinitionNode, Kind, parse, validate, type DocumentNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentationFiles, operationNames, parsedGraphql, readPage, ROOT, type Snippet } from './snippets.js';

const schema = buildSchema(readFileSync(join(ROOT, 'src/graphql/schema.generated.graphqls'), 'utf8'));
const pages = documentationFiles().map(readPage);
const graphqlFences = pages.flatMap((page) => page.fences.filter((fence) => fence.lang === 'graphql'));

/** `file:line: message`, the line being the one in the Markdown file. */
function located(fence: Snippet, error: GraphQLError): string {
  const line = error.locations?.[0] ? fence.firstLine + error.locations[0].line - 1 : fence.firstLine;
  return `${fence.where.split(':')[0]}:${line}: ${error.message}`;
}

function problems(fence: Snippet): string[] {
  let document: DocumentNode;
  try {
    document = parse(fence.text);
  } catch (error) {
    return [located(fence, error as GraphQLError)];
  }
  const executable = document.definitions.filter(isExecutableDefinitionNode);
  if (executable.length === 0) {
    try {
      extendSchema(schema, document);
      return [];
    } catch (error) {
      return [`${fence.where}: not a valid extension of the schema: ${(error as Error).message}`];
    }
  }
  if (executable.length !== document.definitions.length) {
    return [`${fence.where}: mixes operations and type definitions; show them in separate fences`];
  }
  const anonymous = executable
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION && !definition.name)
    .map((definition) => `${fence.where.split(':')[0]}:${fence.firstLine + (definition.loc?.startToken.line ?? 1) - 1}: anonymous operation; name it`);
  return [...anonymous, ...validate(schema, document).map((error) => located(fence, error))];
}

const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
// Inline code that opens an operation, selects a root field (`{ viewer … }`) or nests selections
// (`accountGroups(first: 2) { edges { … } }`); one level (`userErrors { code field message }`) names fields.
const inlineOperation = new RegExp([
  '^(?:query|mutation|subscription|fragment)\\b[^{]*\\{',
  `^\\{\\s*(?:${rootFields.join('|')})\\b`,
  '^[_A-Za-z][\\w.]*(?:\\([^)]*\\))?\\s*\\{[^{}]*\\{',
].join('|'));

describe('GraphQL in README.md and docs/', () => {
  it('finds the documentation\'s GraphQL', () => {
    expect(graphqlFences.length).toBeGreaterThan(3);
  });

  it.each(graphqlFences.map((fence) => [fence.where, fence] as const))('%s is valid against the schema', (_, fence) => {
    expect(problems(fence)).toEqual([]);
  });

  it('names every operation once across the documentation', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const fence of graphqlFences) {
      for (const name of operationNames(parsedGraphql(fence.text))) {
        const first = seen.get(name);
        if (first) duplicates.push(`${fence.where}: operation ${name} already shown at ${first}`);
        else seen.set(name, fence.where);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('shows GraphQL only in ```graphql fences', () => {
    const inline = pages.flatMap((page) => page.inline)
      .filter((code) => inlineOperation.test(code.text))
      .map((code) => `${code.where}: \`${code.text}\` is GraphQL in inline code; move it to a named, fenced operation`);
    const mistagged = pages.flatMap((page) => page.fences)
      .filter((fence) => fence.lang !== 'graphql' && (parsedGraphql(fence.text)?.definitions.length ?? 0) > 0)
      .map((fence) => `${fence.where}: a \`\`\`${fence.lang} fence holding GraphQL; tag it graphql`);
    expect([...inline, ...mistagged]).toEqual([]);
  });
});
