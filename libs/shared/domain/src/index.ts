export * from './lib/error-reason.js';
export * from './lib/mutation-access.js';
export * from './lib/roles.js';
export * from './lib/ideas.js';
export * from './lib/questions.js';
export * from './lib/tags.js';
export * from './lib/badges.js';
export * from './lib/reputation.js';
