export * from './lib/events/qna-events.js';
export * from './lib/qna.module.js';
export * from './lib/moderation/post-moderation.service.js';
export { Product } from './lib/products/product.model.js';
export { toProduct } from './lib/products/product.mapper.js';
export { Question } from './lib/questions/question.model.js';
export { toQuestion } from './lib/questions/question.mapper.js';
export { FacetCount, QuestionFacets } from './lib/questions/question-facets.model.js';
export { QuestionStateEnum } from './lib/questions/question-state.enum.js';
export { QuestionService } from './lib/questions/question.service.js';
export type { QuestionEntity } from './lib/questions/question.entity.js';
export * from './lib/search-sources/question-search-sources.service.js';
export * from './lib/stats/qna-stats.service.js';
export type { ProductEntity } from './lib/products/product.entity.js';
export { ProductService } from './lib/products/product.service.js';
export { CommentService } from './lib/comments/comment.service.js';
export * from './lib/posts/visible-posts.service.js';
export { Tag, toTag } from './lib/tags/tag.model.js';
export { TagService } from './lib/tags/tag.service.js';
export type { TagEntity } from './lib/tags/tag.entity.js';
export * from './lib/solved-check-reads/solved-check-reads.service.js';
export * from './lib/answer-history/answer-history.service.js';
export {
  QuestionDeskReads,
  type QuestionDeskFacts,
} from './lib/support-reads/question-desk-reads.js';
export { titleSlug } from './lib/questions/question.mapper.js';
