import { ForumException } from '@forum/api/platform';
import { ErrorKind, IdeaErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const IdeasExceptionCode = IdeaErrorReason;
export type IdeasExceptionCode = IdeaErrorReason;

const kindOf: Record<IdeasExceptionCode, ErrorKind> = {
  IDEA_NOT_FOUND: ErrorKind.NotFound,
  IDEA_MERGED: ErrorKind.Conflict,
  PRODUCT_NOT_FOUND: ErrorKind.BadUserInput,
  QUESTION_NOT_FOUND: ErrorKind.BadUserInput,
  ORGANISATION_NOT_FOUND: ErrorKind.BadUserInput,
  NOT_ALLOWED_TO_EDIT: ErrorKind.Forbidden,
  NOT_ALLOWED_TO_DELETE: ErrorKind.Forbidden,
  STAFF_ONLY: ErrorKind.Forbidden,
  STATUS_UNCHANGED: ErrorKind.Conflict,
  INVALID_MERGE: ErrorKind.BadUserInput,
  COMMENT_NOT_FOUND: ErrorKind.NotFound,
  NOT_VOTED: ErrorKind.Conflict,
  TOO_MANY_IDEAS: ErrorKind.BadUserInput,
};

/** Every expected failure of the ideas domain, with a stable reason code. */
export class IdeasException extends ForumException {
  constructor(code: IdeasExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
