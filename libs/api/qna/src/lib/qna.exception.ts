import { ForumException } from '@forum/api/platform';
import { ErrorKind, QnaErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const QnaExceptionCode = QnaErrorReason;
export type QnaExceptionCode = QnaErrorReason;

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
  NOT_ALLOWED_TO_MODERATE: ErrorKind.Forbidden,
  ALREADY_HIDDEN: ErrorKind.Conflict,
  NOT_HIDDEN: ErrorKind.Conflict,
  QUESTION_LOCKED: ErrorKind.Conflict,
  ALREADY_LOCKED: ErrorKind.Conflict,
  NOT_LOCKED: ErrorKind.Conflict,
  ALREADY_PINNED: ErrorKind.Conflict,
  NOT_PINNED: ErrorKind.Conflict,
  SELF_VERIFY_FORBIDDEN: ErrorKind.Forbidden,
};

export class QnaException extends ForumException {
  constructor(code: QnaExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
