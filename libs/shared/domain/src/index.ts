export * from './lib/error-reason.js';
