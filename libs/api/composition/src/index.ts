export * from './lib/app.module.js';
export * from './lib/domains.js';
