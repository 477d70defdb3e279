import { ForumException } from '@forum/api/platform';
import { ErrorKind } from '@forum/shared/domain';

export const QnaExceptionCode = {
  ProductNotFound: 'PRODUCT_NOT_FOUND',
  ProductSlugTaken: 'PRODUCT_SLUG_TAKEN',
  QuestionNotFound: 'QUESTION_NOT_FOUND',
  AnswerNotFound: 'ANSWER_NOT_FOUND',
  TooManyTags: 'TOO_MANY_TAGS',
  InvalidTag: 'INVALID_TAG',
  OwnPost: 'OWN_POST',
  NotAllowedToAccept: 'NOT_ALLOWED_TO_ACCEPT',
  QuestionClosed: 'QUESTION_CLOSED',
  NotAccepted: 'NOT_ACCEPTED',
  NotAllowedToEdit: 'NOT_ALLOWED_TO_EDIT',
  NotAllowedToDelete: 'NOT_ALLOWED_TO_DELETE',
  NotAllowedToClose: 'NOT_ALLOWED_TO_CLOSE',
  InvalidDuplicate: 'INVALID_DUPLICATE',
  NotClosed: 'NOT_CLOSED',
  CommentNotFound: 'COMMENT_NOT_FOUND',
  InvalidComment: 'INVALID_COMMENT',
  /** Carries `needed` (the reputation required) and `privilege` in the error's extensions. */
  InsufficientReputation: 'INSUFFICIENT_REPUTATION',
} as const;
export type QnaExceptionCode = (typeof QnaExceptionCode)[keyof typeof QnaExceptionCode];

const kindOf: Record<QnaExceptionCode, ErrorKind> = {
  PRODUCT_NOT_FOUND: ErrorKind.BadUserInput,
  PRODUCT_SLUG_TAKEN: ErrorKind.Conflict,
  QUESTION_NOT_FOUND: ErrorKind.NotFound,
  ANSWER_NOT_FOUND: ErrorKind.NotFound,
  TOO_MANY_TAGS: ErrorKind.BadUserInput,
  INVALID_TAG: ErrorKind.BadUserInput,
  OWN_POST: ErrorKind.BadUserInput,
  NOT_ALLOWED_TO_ACCEPT: ErrorKind.Forbidden,
  QUESTION_CLOSED: ErrorKind.Conflict,
  NOT_ACCEPTED: ErrorKind.Conflict,
  NOT_ALLOWED_TO_EDIT: ErrorKind.Forbidden,
  NOT_ALLOWED_TO_DELETE: ErrorKind.Forbidden,
  NOT_ALLOWED_TO_CLOSE: ErrorKind.Forbidden,
  INVALID_DUPLICATE: ErrorKind.BadUserInput,
  NOT_CLOSED: ErrorKind.Conflict,
  COMMENT_NOT_FOUND: ErrorKind.NotFound,
  INVALID_COMMENT: ErrorKind.BadUserInput,
  INSUFFICIENT_REPUTATION: ErrorKind.Forbidden,
};

export class QnaException extends ForumException {
  constructor(code: QnaExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
