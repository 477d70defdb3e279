export * from './lib/events/qna-events.js';
export * from './lib/qna.entities.js';
export * from './lib/qna.module.js';
export * from './lib/qna.demo-data.js';
export * from './lib/stats/qna-stats.service.js';
