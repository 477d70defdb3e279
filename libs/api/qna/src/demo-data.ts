export * from './lib/qna.demo-data.js';
