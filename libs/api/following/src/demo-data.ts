export * from './lib/following.demo-data.js';
