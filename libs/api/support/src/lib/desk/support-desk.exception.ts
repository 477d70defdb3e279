import { ForumException } from '@forum/api/platform';
import { ErrorKind, SupportDeskErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const SupportDeskExceptionCode = SupportDeskErrorReason;
export type SupportDeskExceptionCode = SupportDeskErrorReason;

const kindOf: Record<SupportDeskExceptionCode, ErrorKind> = {
  CASE_NOT_FOUND: ErrorKind.NotFound,
  CASE_NOT_OPEN: ErrorKind.Conflict,
  ALREADY_CLAIMED: ErrorKind.Conflict,
  NOT_CLAIMED_BY_YOU: ErrorKind.Forbidden,
  ASSIGNEE_NOT_STAFF: ErrorKind.BadUserInput,
  SNOOZE_IN_PAST: ErrorKind.BadUserInput,
  SNOOZE_TOO_FAR: ErrorKind.BadUserInput,
  WAITING_STATE_UNCHANGED: ErrorKind.Conflict,
};

/** Every expected failure of the support desk, with a stable reason code. */
export class SupportDeskException extends ForumException {
  constructor(code: SupportDeskExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
