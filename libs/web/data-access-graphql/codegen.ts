import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Paths are relative to the workspace root, where Nx runs the `codegen` target.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'libs/web/**/src/**/*.{ts,tsx}',
    '!libs/web/data-access-graphql/src/generated/**',
    '!libs/web/**/src/**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: true,
  generates: {
    'libs/web/data-access-graphql/src/generated/': {
      preset: 'client',
      presetConfig: {
        // Components read fragment data through `useFragment`, so each sees only what it asked for.
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
        // persisted-documents.json: SHA-256 hash -> document, the API's trusted documents
        // (ADR 0023). Each document carries its hash in `__meta__.hash`; the production build
        // sends only the hash.
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      // The documents ask for `__typename` the way urql's document cache would add it, so the
      // document the API runs for a hash is the one the cache needs.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        documentMode: 'documentNodeImportFragments',
      },
    },
  },
};

export default config;
