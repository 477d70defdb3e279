import { tagSlug } from '@forum/shared/domain';
import type { QuestionEntity } from './question.entity.js';
import { Question } from './question.model.js';

export function toQuestion(entity: QuestionEntity): Question {
  return Object.assign(new Question(), {
    id: entity.id,
    title: entity.title,
    slug: titleSlug(entity.title),
    body: entity.body,
    language: entity.language,
    state: entity.state,
    score: entity.score,
    answerCount: entity.answerCount,
    tags: (entity.tags ?? []).map((tag) => tag.slug).sort(),
    createdAt: entity.createdAt,
    lastActivityAt: entity.lastActivityAt,
    acceptedAt: entity.acceptedAt,
    viewCount: entity.viewCount,
    closeReason: entity.closeReason,
    isDeleted: entity.deletedAt !== null,
    lockedAt: entity.lockedAt,
    pinnedAt: entity.pinnedAt,
    entity,
  });
}

/** "How do I export to Excel?" -> "how-do-i-export-to-excel", at most 80 characters on a word boundary. */
export function titleSlug(title: string): string {
  const slug = tagSlug(title);
  return slug.length <= 80 ? slug : slug.slice(0, 80).replace(/-[^-]*$/, '');
}
