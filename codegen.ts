import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the portal. The schema is the file the API writes from its
 * code-first definitions; operations live beside the data-access code that uses them.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'libs/portal/data-access/schema.graphql',
  documents: 'libs/portal/data-access/src/lib/graphql/**/*.graphql',
  generates: {
    'libs/portal/data-access/src/lib/generated/graphql.ts': {
      plugins: [
        'typescript-operations',
        'typed-document-node',
      ],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: true },
        skipTypename: true,
        dedupeFragments: true,
        documentNodeImport: '@apollo/client#TypedDocumentNode',
      },
    },
  },
};

export default config;
