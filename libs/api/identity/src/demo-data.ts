export * from './lib/identity.demo-data.js';
