import { nodeProject } from '../../jest.preset.js';

// Browser journeys against the running product; started by src/run-e2e.ts, not by `npm test`.
export default {
  ...nodeProject(import.meta.dirname, 'web-e2e', { services: false }),
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
