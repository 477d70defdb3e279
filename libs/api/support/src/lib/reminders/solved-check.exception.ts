import { ForumException } from '@forum/api/platform';
import { ErrorKind, SolvedCheckErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const SolvedCheckExceptionCode = SolvedCheckErrorReason;
export type SolvedCheckExceptionCode = SolvedCheckErrorReason;

const kindOf: Record<SolvedCheckExceptionCode, ErrorKind> = {
  TOKEN_INVALID: ErrorKind.BadUserInput,
  TOKEN_EXPIRED: ErrorKind.BadUserInput,
  ANSWER_NOT_FOUND: ErrorKind.NotFound,
  QUESTION_NOT_FOUND: ErrorKind.NotFound,
  QUESTION_CLOSED: ErrorKind.Conflict,
};

/** Every expected failure of answering an "is it solved?" reminder, with a stable reason code. */
export class SolvedCheckException extends ForumException {
  constructor(code: SolvedCheckExceptionCode, message: string) {
    super(kindOf[code], code, message);
  }
}
