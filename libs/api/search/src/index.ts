export * from './lib/index-definition.js';
export * from './lib/search-client.js';
export * from './lib/search-index.js';
export * from './lib/search-preflight.js';
export * from './lib/search-types.js';
export * from './lib/search.module.js';
