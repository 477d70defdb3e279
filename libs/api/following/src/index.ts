export * from './lib/following.module.js';
