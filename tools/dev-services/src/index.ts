export * from './lib/dev-services.js';
export * from './lib/embedded-meilisearch.js';
export * from './lib/embedded-postgres.js';
export * from './lib/free-port.js';
export * from './lib/mail-catcher.js';
