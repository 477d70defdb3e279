import { isolateTestFiles } from './jest.preset.js';

// `npm test` runs every project in one Jest process so PostgreSQL and Meilisearch start once.
export default {
  ...isolateTestFiles,
  projects: [
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/libs/*/*/jest.config.js',
    '<rootDir>/tools/*/jest.config.js',
  ],
};
