export * from './lib/search.demo-data.js';
