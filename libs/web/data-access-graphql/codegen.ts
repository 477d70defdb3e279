import type { CodegenConfig } from '@graphql-codegen/cli';

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
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        documentMode: 'documentNode',
      },
    },
  },
};

export default config;
