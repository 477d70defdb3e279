export * from './lib/test-database.js';
export * from './lib/test-environment.js';
