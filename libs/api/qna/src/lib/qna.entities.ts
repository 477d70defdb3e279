import { AnswerEntity } from './answers/answer.entity.js';
import { ProductEntity } from './products/product.entity.js';
import { QuestionEntity } from './questions/question.entity.js';
import { TagEntity } from './tags/tag.entity.js';
import { AnswerVoteEntity, QuestionVoteEntity } from './votes/vote.entities.js';

export const qnaEntities = [
  ProductEntity,
  TagEntity,
  QuestionEntity,
  AnswerEntity,
  QuestionVoteEntity,
  AnswerVoteEntity,
];
