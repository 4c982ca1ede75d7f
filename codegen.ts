import type { CodegenConfig } from '@graphql-codegen/cli';

const GRAPHQL_DIR = 'libs/portal/data-access/src/lib/graphql';
const GENERATED_DIR = 'libs/portal/data-access/src/lib/generated';

const operations = {
  plugins: ['typescript-operations', 'typed-document-node'],
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
};

/**
 * Typed GraphQL documents for the portal. The schema is the file the API writes from its
 * code-first definitions; operations live beside the data-access code that uses them.
 * Course operations go to a file of their own: a bundler keeps a module whole, and the
 * course screens load lazily, so their documents must not ride in the first download.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'libs/portal/data-access/schema.graphql',
  generates: {
    [`${GENERATED_DIR}/graphql.ts`]: {
      documents: [
        `${GRAPHQL_DIR}/**/*.graphql`,
        `!${GRAPHQL_DIR}/course*.graphql`,
        `!${GRAPHQL_DIR}/quiz*.graphql`, `!${GRAPHQL_DIR}/supervision*.graphql`,
        `!${GRAPHQL_DIR}/learning*.graphql`,
        `!${GRAPHQL_DIR}/scorm*.graphql`,
        `!${GRAPHQL_DIR}/material*.graphql`,
        `!${GRAPHQL_DIR}/certification*.graphql`,
      ],
      ...operations,
    },
    [`${GENERATED_DIR}/courses.graphql.ts`]: {
      documents: `${GRAPHQL_DIR}/course*.graphql`,
      ...operations,
    },
    [`${GENERATED_DIR}/quiz.graphql.ts`]: {
      documents: `${GRAPHQL_DIR}/quiz*.graphql`,
      ...operations,
    },
    [`${GENERATED_DIR}/learning.graphql.ts`]: {
      documents: `${GRAPHQL_DIR}/learning*.graphql`,
      ...operations,
    },
    [`${GENERATED_DIR}/materials.graphql.ts`]: {
      documents: `${GRAPHQL_DIR}/material*.graphql`,
      ...operations,
    },
    [`${GENERATED_DIR}/scorm.graphql.ts`]: {
      documents: `${GRAPHQL_DIR}/scorm*.graphql`,
      ...operations,
    },
    [`${GENERATED_DIR}/certification.graphql.ts`]: {
      documents: `${GRAPHQL_DIR}/certification*.graphql`,
      ...operations,
    },
    [`${GENERATED_DIR}/supervision.graphql.ts`]: {
      documents: `${GRAPHQL_DIR}/supervision*.graphql`,
      ...operations,
    },
  },
};

export default config;
