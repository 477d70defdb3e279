import { ForumException } from '@forum/api/platform';
import { ErrorKind, PrivateDetailsErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const PrivateDetailsExceptionCode = PrivateDetailsErrorReason;
export type PrivateDetailsExceptionCode = PrivateDetailsErrorReason;

const kindOf: Record<PrivateDetailsExceptionCode, ErrorKind> = {
  QUESTION_NOT_FOUND: ErrorKind.NotFound,
  NOT_QUESTION_AUTHOR: ErrorKind.Forbidden,
  PRIVATE_DETAILS_TOO_LONG: ErrorKind.BadUserInput,
};

/** Every expected failure around a question's private details, with a stable reason code. */
export class PrivateDetailsException extends ForumException {
  constructor(
    code: PrivateDetailsExceptionCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(kindOf[code], code, message, details);
  }
}
