// Shared Jest settings. The workspace is native ESM (NestJS 12 ships ESM only), so Jest runs with
// --experimental-vm-modules and SWC compiles TypeScript to ES modules with decorator metadata.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const workspaceRoot = import.meta.dirname;
const { compilerOptions } = JSON.parse(
  readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'),
);

const aliasMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replaceAll('/', '\\/')}$`,
    join(workspaceRoot, target),
  ]),
);

/**
 * Every test file runs in a fresh worker process. NestJS loads some packages through Node's own
 * `require`, outside Jest's per-file module registry, so GraphQL type metadata from one file
 * would otherwise leak into the next one in the same worker.
 */
export const isolateTestFiles = { workerIdleMemoryLimit: '1MB' };

const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        ...(tsx ? { react: { runtime: 'automatic' } } : {}),
      },
      target: 'es2023',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = (projectDir, displayName) => ({
  displayName,
  rootDir: projectDir,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    ...aliasMapper,
    // Relative imports carry the `.js` extension NodeNext requires; map them back to sources.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/**/*.spec.ts?(x)', '<rootDir>/**/*.integration-spec.ts?(x)'],
});

/**
 * A Node project. With `services` (the default) its integration tests get real PostgreSQL and
 * Meilisearch, started once per Jest run by the global setup.
 */
export function nodeProject(projectDir, displayName, { services = true } = {}) {
  return {
    ...common(projectDir, displayName),
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': swc(false) },
    ...(services
      ? {
          globalSetup: join(workspaceRoot, 'libs/api/testing/global-setup.mjs'),
          globalTeardown: join(workspaceRoot, 'libs/api/testing/global-teardown.mjs'),
        }
      : {}),
    setupFilesAfterEnv: [join(workspaceRoot, 'jest.node-setup.js')],
  };
}

/** A browser project: React components rendered in jsdom. */
export function webProject(projectDir, displayName) {
  const base = common(projectDir, displayName);
  return {
    ...base,
    testEnvironment: 'jsdom',
    transform: { '^.+\\.tsx?$': swc(true) },
    moduleNameMapper: { ...base.moduleNameMapper, '\\.css$': 'identity-obj-proxy' },
    setupFilesAfterEnv: [join(workspaceRoot, 'jest.web-setup.js')],
  };
}
