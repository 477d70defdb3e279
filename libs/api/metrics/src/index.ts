export * from './lib/forum-metrics.js';
export * from './lib/mail-dead-letter-metrics.js';
export * from './lib/metrics.module.js';
export * from './lib/operation-labels.js';
