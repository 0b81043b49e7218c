// graphql-eslint schema rules for schema/*.graphql. Run: npm run lint:schema (test/schema/lint.unit.test.ts runs
// the same config). Lives here because the project's top level is fixed; pass it with --config.
import graphql from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['schema/**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      // Every file is checked against the merged schema, so cross-file references resolve.
      parserOptions: { graphQLConfig: { schema: 'schema/**/*.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          DirectiveDefinition: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
        },
      ],
      // Forward paging only: the bank pages with $skip/$top from the start, so `last`/`before` could not be served.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/relay-edge-types': [
        'error',
        {
          withEdgeSuffix: true,
          shouldImplementNode: true,
          // Small, unpaged lists (accounts: one bank call; userErrors) are plain lists on purpose, and connections
          // also offer `nodes` (GitHub-style) for clients that need no cursors.
          listTypeCanWrapOnlyEdgeType: false,
        },
      ],
      // Entities (Account, Location, Recipient, Transaction) have `id: ID!` and implement Node. The types below
      // are value objects that only exist inside their parent (a balance, a term, a status), or the per-request
      // Viewer singleton: an id would be invented. A new object type must get an id or be listed here on purpose.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            suffixes: ['Payload', 'Connection', 'Edge'],
            types: [
              'Viewer', 'Money', 'PageInfo', 'UserError', 'Term', 'LoanPayment', 'AccountType', 'AccountBalance',
              'AccountInterest', 'AccountLoan', 'AccountCertificate', 'AccountStatus', 'AccountActions', 'AccountGroup',
            ],
          },
        },
      ],
    },
  },
];
