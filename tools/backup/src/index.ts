export * from './lib/backup.js';
export * from './lib/pg-client-tools.js';
