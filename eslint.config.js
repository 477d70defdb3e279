import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

// Which API domain may import which: the arrows of docs/architecture.md. A domain reaches
// another only through that domain's public index (services, read models, events, GraphQL types).
const apiDomainArrows = {
  identity: [],
  qna: ['identity'],
  notifications: ['identity'],
  ideas: ['identity', 'qna', 'notifications'],
  reputation: ['identity', 'qna', 'ideas', 'notifications'],
  search: ['identity', 'qna', 'ideas'],
  moderation: ['identity', 'qna', 'ideas', 'notifications'],
  following: ['identity', 'qna', 'ideas', 'notifications'],
  support: ['identity', 'qna', 'notifications'],
  health: [],
};
const apiDomains = Object.keys(apiDomainArrows);

const domainConstraints = Object.entries(apiDomainArrows).map(([domain, allowed]) => ({
  allSourceTags: ['scope:api', `domain:${domain}`],
  onlyDependOnLibsWithTags: [
    ...allowed.map((other) => `domain:${other}`),
    'type:platform',
    'type:util',
  ],
}));

// The layering from docs/architecture.md, enforced: every project carries a scope tag and a
// type tag; scopes never cross except into shared, and types only point "downwards". API
// domains also carry a domain tag (above); web features never import each other.
const depConstraints = [
  ...domainConstraints,
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
      'type:composition',
      'type:feature',
      'type:platform',
      'type:data-access',
      'type:ui',
      'type:util',
    ],
  },
  // The list of domains and the modules the API and the worker are made of.
  {
    sourceTag: 'type:composition',
    onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:util'],
  },
  {
    allSourceTags: ['scope:api', 'type:feature'],
    onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:util'],
  },
  {
    allSourceTags: ['scope:web', 'type:feature'],
    onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'],
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
  constraint.onlyDependOnLibsWithTags && !constraint.sourceTag?.startsWith('scope:')
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

// Packages and entry points that belong to one place; importing them anywhere else is a lint
// error. The Meilisearch client lives behind libs/api/search and pg-boss behind libs/api/jobs. A
// domain's entities (`<domain>/domain`) are listed only by the composition root; its demo data
// (`<domain>/demo-data`) is for the seed script, its test and other demo data.
const domainLibraries = apiDomains.map((domain) =>
  domain === 'search' ? 'community-search' : domain,
);
const ownedImports = {
  meilisearch: [
    {
      name: 'meilisearch',
      message: 'Search through @forum/api/search, the only library that talks to Meilisearch.',
    },
  ],
  pgBoss: [
    {
      name: 'pg-boss',
      message: 'Queue work through @forum/api/jobs, the only library that talks to pg-boss.',
    },
  ],
  domainEntries: domainLibraries.map((library) => ({
    name: `@forum/api/${library}/domain`,
    message:
      "A domain's entities are its own: use its services or read models. Only the composition root (libs/api/composition) lists domains.",
  })),
  demoData: domainLibraries.map((library) => ({
    name: `@forum/api/${library}/demo-data`,
    message: 'Demo data is for the seed script and other demo data, never for the product.',
  })),
};

/** Where some of the owned imports are allowed; a later zone overrides an earlier one. */
const importZones = [
  { files: ['**/*.ts', '**/*.tsx', '**/*.js'], allows: [] },
  { files: ['libs/api/search/**'], allows: ['meilisearch'] },
  { files: ['libs/api/jobs/**'], allows: ['pgBoss'] },
  { files: ['**/*.demo-data.ts'], allows: ['demoData'] },
  { files: ['apps/api/src/**', 'libs/api/composition/src/**'], allows: ['domainEntries'] },
  {
    files: ['apps/api/src/app/demo-seeders.ts', 'apps/api/src/**/*.integration-spec.ts'],
    allows: ['domainEntries', 'demoData'],
  },
];

const ownedImportRules = importZones.map(({ files, allows }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: Object.entries(ownedImports)
          .filter(([group]) => !allows.includes(group))
          .flatMap(([, paths]) => paths),
      },
    ],
  },
}));

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
  ...ownedImportRules,
  {
    files: ['apps/web/**/*.ts?(x)', 'libs/web/**/*.ts?(x)'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
];
