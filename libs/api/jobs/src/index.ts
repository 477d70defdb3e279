export * from './lib/job-queue.js';
export * from './lib/jobs.module.js';
