export * from './lib/configure-app.js';
export * from './lib/platform-modules.js';
export * from './lib/startup-problems.js';
