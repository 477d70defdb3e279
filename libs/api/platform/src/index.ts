export * from './lib/config/app-config.js';
export * from './lib/config/config.module.js';
export * from './lib/errors/forum.exception.js';
export * from './lib/errors/format-graphql-error.js';
export * from './lib/graphql/graphql.module.js';
export * from './lib/logging/logging.module.js';
