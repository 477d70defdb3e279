export * from './lib/reputation.demo-data.js';
