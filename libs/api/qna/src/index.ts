export * from './lib/events/qna-events.js';
export * from './lib/qna.entities.js';
export * from './lib/qna.module.js';
export * from './lib/qna.demo-data.js';
export { ProductEntity } from './lib/products/product.entity.js';
export { QuestionEntity } from './lib/questions/question.entity.js';
export { Product, Question, toProduct, toQuestion } from './lib/qna.models.js';
export { QuestionService } from './lib/questions/question.service.js';
