import type { AnswerEntity } from './answer.entity.js';
import { Answer } from './answer.model.js';

export function toAnswer(entity: AnswerEntity): Answer {
  return Object.assign(new Answer(), {
    id: entity.id,
    body: entity.body,
    score: entity.score,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    questionId: entity.questionId,
    entity,
  });
}
