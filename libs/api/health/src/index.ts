export * from './lib/health.module.js';
