import type { CodegenConfig } from '@graphql-codegen/cli';
import { defineConfig } from '@eddeee888/gcg-typescript-resolver-files';
import { Kind, visit, type DocumentNode, type FieldNode } from 'graphql';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * `__typename` exactly where Apollo Client and urql add it (every selection set but an operation's root, unless it
 * already asks for a `__` field), so the persisted documents are what those clients send: their APQ hash matches
 * the manifest, and answers served from the manifest (SAFELIST_MODE=enforce) still carry what their caches key on.
 */
function withTypenameLikeClients(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/graphql': defineConfig({
      mode: 'merged', // one module; modules mode would write into schema/<dir>/resolvers
      resolverRelativeTargetDir: 'resolvers',
      mappersRelativeTargetDir: '../src/graphql/mappers', // schema/account.graphql ↔ src/graphql/mappers/account.mappers.ts
      importExtension: '.js', // ESM (NodeNext) needs explicit extensions
      // Our scalars are implemented in resolvers/<Scalar>.ts, not taken from graphql-scalars (not a dependency).
      scalarsModule: false,
      scalarsOverrides: {
        // Output also accepts the bank's JSON number: the Decimal scalar turns it into an exact string.
        Decimal: { type: { input: 'string', output: 'string | number' } },
        Date: { type: 'string' },
        CurrencyCode: { type: 'string' },
      },
      typesPluginsConfig: {
        contextType: '../context.js#Context',
        useTypeImports: true, // verbatimModuleSyntax
      },
    }),
    // The front-end contract: test/client/operations/*.graphql → TypedDocumentNodes + the persisted-documents manifest.
    'test/client/generated/': {
      documents: 'test/client/operations/**/*.graphql',
      documentTransforms: [
        { transform: ({ documents }) => documents.map((source) => ({ ...source, document: source.document && withTypenameLikeClients(source.document) })) },
      ],
      preset: 'client',
      presetConfig: {
        fragmentMasking: false, // the test client reads whole results; UI code may switch masking on in its own config
        persistedDocuments: { hashAlgorithm: 'sha256' }, // what the safelist (and APQ's sha256Hash) expects
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true, // plain string unions: nothing to import at runtime, and unknown future values stay strings
        strictScalars: true,
        scalars: { Decimal: 'string', Date: 'string', CurrencyCode: 'string' },
      },
    },
  },
  // Lets the server entry regenerate in checkouts without the client operations (test/graphql/codegen-fresh.test.ts).
  ignoreNoDocuments: true,
  importExtension: '.js', // ESM (NodeNext) needs explicit extensions in the client preset's files too
};
export default config;
