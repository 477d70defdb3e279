export * from './lib/events/qna-events.js';
export * from './lib/qna.module.js';
export {
  FacetCount,
  Product,
  Question,
  QuestionFacets,
  toProduct,
  toQuestion,
} from './lib/qna.models.js';
export { QuestionStateEnum } from './lib/questions/dto/questions.args.js';
export { QuestionService } from './lib/questions/question.service.js';
export { QuestionEntity } from './lib/questions/question.entity.js';
export * from './lib/stats/qna-stats.service.js';
export { ProductEntity } from './lib/products/product.entity.js';
