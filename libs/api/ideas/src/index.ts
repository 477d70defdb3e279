export * from './lib/ideas.clock.js';
export * from './lib/ideas.entities.js';
export * from './lib/ideas.module.js';
export * from './lib/ideas.demo-data.js';
