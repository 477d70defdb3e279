import { createHash } from 'node:crypto';
import type { IdeaSearchSource } from '@forum/api/ideas';
import type { QuestionSearchSource } from '@forum/api/qna';
import { markdownToPlainText } from './plain-text.js';
import type { PostDocument } from './posts.index.js';

/** Bounds that keep a document small however long the thread grows. */
export const documentLimits = { bodyChars: 8_000, answerChars: 3_000 } as const;

/** "Worked for me too" confirmations that count as the community standing behind a solution. */
export const helpfulnessConfirmations = 3;

/** See `PostDocument.helpfulness`. */
export function helpfulnessOf(
  source: Pick<QuestionSearchSource, 'solved' | 'acceptedByStaff' | 'confirmations'>,
): number {
  if (!source.solved) return 0;
  return (
    1 + Number(source.acceptedByStaff) + Number(source.confirmations >= helpfulnessConfirmations)
  );
}

export function toQuestionDocument(source: QuestionSearchSource): PostDocument {
  const content = {
    id: source.id,
    type: 'question' as const,
    title: source.title,
    body: markdownToPlainText(source.body, documentLimits.bodyChars),
    acceptedAnswer: source.acceptedAnswer
      ? markdownToPlainText(source.acceptedAnswer, documentLimits.answerChars)
      : '',
    answers: source.otherAnswers.map((answer) =>
      markdownToPlainText(answer, documentLimits.answerChars),
    ),
    tags: source.tags,
    product: source.productId,
    state: source.state,
    solved: source.solved,
    score: source.score,
    answerCount: source.answerCount,
    answeredByStaff: source.answeredByStaff,
    helpfulness: helpfulnessOf(source),
    language: source.language,
    createdAt: source.createdAt.getTime(),
    lastActivityAt: source.lastActivityAt.getTime(),
  };
  return { ...content, digest: digestOf(content) };
}

/**
 * Comment counts and demand are not indexed: what a customer searches for is the title and
 * description, ranked by votes.
 */
export function toIdeaDocument(source: IdeaSearchSource): PostDocument {
  const content = {
    id: source.id,
    type: 'idea' as const,
    title: source.title,
    body: markdownToPlainText(source.description, documentLimits.bodyChars),
    acceptedAnswer: '',
    answers: [],
    tags: [],
    product: source.productId,
    state: source.status,
    solved: false,
    score: source.voteCount,
    answerCount: 0,
    answeredByStaff: false,
    helpfulness: 0,
    // Ideas carry no language of their own; English is the community's default.
    language: 'en',
    createdAt: source.createdAt.getTime(),
    // The status change is the idea's news; votes change the score, not the activity.
    lastActivityAt: Math.max(source.createdAt.getTime(), source.statusChangedAt.getTime()),
  };
  return { ...content, digest: digestOf(content) };
}

/** A short hash of a document's content, stored with it so staleness is cheap to detect. */
export function digestOf(content: Omit<PostDocument, 'digest'>): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 22);
}
