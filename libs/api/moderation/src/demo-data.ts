export * from './lib/moderation.demo-data.js';
