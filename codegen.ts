/**
 * Types for the example operations in schema/operations, generated offline
 * from the committed schema/schema.graphql (no server needed):
 *   npx graphql-codegen --config codegen.ts   (npm run codegen)
 * test/server/typed-operations.test.ts runs them against the app, so tsc
 * checks that the operations and their generated types agree.
 * persistedDocuments writes persisted-documents.json (sha256 -> operation),
 * which the server loads for persisted operations (use-persisted-operations).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;
