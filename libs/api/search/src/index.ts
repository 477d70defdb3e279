export * from './lib/indexes/index-definition.js';
export * from './lib/indexes/posts.index.js';
export * from './lib/meilisearch-transport.js';
export * from './lib/search-client.js';
export * from './lib/search-preflight.js';
export * from './lib/search.module.js';
