export * from './lib/data-source-options.js';
export * from './lib/database.module.js';
export * from './lib/database-preflight.js';
export * from './lib/snake-naming.strategy.js';
export * from './lib/migration-writer.js';
