export * from './lib/gql.js';
export * from './lib/test-app.js';
