export * from './lib/support.demo-data.js';
