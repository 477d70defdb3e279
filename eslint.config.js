import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

// The layering from docs/architecture.md, enforced: every project carries a scope tag and a
// type tag; scopes never cross except into shared, and types only point "downwards".
const depConstraints = [
  {
    sourceTag: 'scope:api',
    onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:tools'],
  },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  {
    sourceTag: 'scope:tools',
    onlyDependOnLibsWithTags: ['scope:tools', 'scope:api', 'scope:shared'],
  },
  {
    sourceTag: 'scope:e2e',
    onlyDependOnLibsWithTags: ['scope:tools', 'scope:web', 'scope:shared'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:platform',
      'type:data-access',
      'type:ui',
      'type:util',
    ],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:platform',
      'type:data-access',
      'type:ui',
      'type:util',
    ],
  },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    // The web's test toolkit renders with the real GraphQL client and presentational parts.
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: [
      'type:platform',
      'type:data-access',
      'type:ui',
      'type:util',
      'type:tools',
      'type:testing',
    ],
  },
  {
    sourceTag: 'type:tools',
    onlyDependOnLibsWithTags: ['type:tools', 'type:platform', 'type:util'],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:tools', 'type:util'] },
];

// Tests may also use the testing libraries (factories, test app, database per test file) and the
// development tools (real SMTP server).
const testDepConstraints = depConstraints.map((constraint) =>
  constraint.sourceTag.startsWith('type:')
    ? {
        ...constraint,
        onlyDependOnLibsWithTags: [
          ...constraint.onlyDependOnLibsWithTags,
          'type:testing',
          'type:tools',
        ],
      }
    : constraint,
);

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/coverage',
      '**/.data',
      '**/tmp',
      '**/.nx',
      'libs/web/data-access-graphql/src/generated/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: [], depConstraints },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // `*.test-helpers.ts`: support code shared by one library's test files, under the same rules.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', '**/*.test-helpers.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: [], depConstraints: testDepConstraints },
      ],
    },
  },
  {
    // Jest configs reach the shared preset at the workspace root by path.
    files: ['**/jest.config.js', '**/jest.*.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['apps/web/**/*.ts?(x)', 'libs/web/**/*.ts?(x)'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
];
