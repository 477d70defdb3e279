export * from './lib/community-search.module.js';
export * from './lib/index-maintenance.js';
export * from './lib/index-reconciliation.js';
export * from './lib/post-indexer.js';
export * from './lib/search.exception.js';
