import { AnswerEntity } from './answers/answer.entity.js';
import { CommentEntity } from './comments/comment.entity.js';
import { AnswerConfirmationEntity } from './confirmations/answer-confirmation.entity.js';
import { PostRevisionEntity } from './revisions/post-revision.entity.js';
import { QuestionViewEntity } from './views/question-view.entity.js';
import { ProductEntity } from './products/product.entity.js';
import { QuestionEntity } from './questions/question.entity.js';
import { QuestionTallyEntity } from './questions/question-tally.entity.js';
import { TagEntity } from './tags/tag.entity.js';
import { AnswerVoteEntity, QuestionVoteEntity } from './votes/vote.entities.js';

export const qnaEntities = [
  ProductEntity,
  TagEntity,
  QuestionEntity,
  QuestionTallyEntity,
  AnswerEntity,
  QuestionVoteEntity,
  AnswerVoteEntity,
  CommentEntity,
  AnswerConfirmationEntity,
  PostRevisionEntity,
  QuestionViewEntity,
];
