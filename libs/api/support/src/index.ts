export * from './lib/support.module.js';
