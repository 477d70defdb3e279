export * from './lib/ideas.demo-data.js';
