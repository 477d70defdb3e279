export * from './lib/forum.js';
export * from './lib/gql.js';
export * from './lib/mailbox.js';
export * from './lib/people.js';
export * from './lib/test-app.js';
