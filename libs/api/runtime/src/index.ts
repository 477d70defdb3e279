export * from './lib/configure-app.js';
export * from './lib/platform-modules.js';
export * from './lib/startup-problems.js';
export * from './lib/start-process.js';
