import type { Viewer } from '@forum/api/identity';
import { QnaException, QnaExceptionCode } from '../qna.exception.js';
import { isModerator, isVisibleTo } from '../qna.permissions.js';

interface Post {
  authorId: string;
  hiddenAt: Date | null;
}

/** Refuses a question this viewer may not see as if it did not exist. */
export function assertQuestionVisible(viewer: Viewer | undefined, question: Post): void {
  if (!isVisibleTo(viewer, question))
    throw new QnaException(QnaExceptionCode.QuestionNotFound, 'No such question.');
}

/** Refuses an answer this viewer may not see as if it did not exist. */
export function assertAnswerVisible(viewer: Viewer | undefined, answer: Post): void {
  if (!isVisibleTo(viewer, answer))
    throw new QnaException(QnaExceptionCode.AnswerNotFound, 'No such answer.');
}

/**
 * A locked question takes no new answers or comments from anyone, and its posts' authors (and
 * experts) cannot edit them; only moderators and admins may still edit, when `edit` is set.
 */
export function assertNotLocked(
  viewer: Viewer,
  question: { lockedAt: Date | null },
  action: 'post' | 'edit',
): void {
  if (!question.lockedAt) return;
  if (action === 'edit' && isModerator(viewer)) return;
  throw new QnaException(
    QnaExceptionCode.QuestionLocked,
    action === 'post'
      ? 'This question is locked: it takes no new answers or comments.'
      : 'This question is locked: its posts cannot be edited.',
  );
}
