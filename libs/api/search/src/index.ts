export * from './lib/indexes/index-definition.js';
export * from './lib/indexes/questions.index.js';
export * from './lib/search-client.js';
export * from './lib/search-preflight.js';
export * from './lib/search.module.js';
