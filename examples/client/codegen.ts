import type { CodegenConfig } from '@graphql-codegen/cli';

// GraphQL Code Generator, client preset: typed documents for the shared operations, from the
// checked-in schema (no running server needed). Run from the repo root:
//   npx graphql-codegen --config examples/client/codegen.ts
// tests/client/ regenerates in memory and fails when examples/client/gql/ is stale.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    'examples/client/gql/': {
      preset: 'client',
      // Node ESM needs explicit extensions; types only where only types are used.
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false, avoidOptionals: false },
    },
  },
};
export default config;
