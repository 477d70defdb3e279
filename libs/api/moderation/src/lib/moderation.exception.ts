import { ForumException } from '@forum/api/platform';
import { ErrorKind, ModerationErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const ModerationExceptionCode = ModerationErrorReason;
export type ModerationExceptionCode = ModerationErrorReason;

const kindOf: Record<ModerationExceptionCode, ErrorKind> = {
  TARGET_NOT_FOUND: ErrorKind.NotFound,
  OWN_CONTENT: ErrorKind.BadUserInput,
  ALREADY_FLAGGED: ErrorKind.Conflict,
  NOTE_REQUIRED: ErrorKind.BadUserInput,
  REVIEW_ITEM_NOT_FOUND: ErrorKind.NotFound,
  ALREADY_RESOLVED: ErrorKind.Conflict,
  CLAIMED_BY_OTHER: ErrorKind.Conflict,
  NOT_CLAIMED: ErrorKind.Conflict,
  ACTION_NOT_APPLICABLE: ErrorKind.BadUserInput,
  SUSPENSION_END_REQUIRED: ErrorKind.BadUserInput,
  REASON_REQUIRED: ErrorKind.BadUserInput,
  CANNOT_SUSPEND_AUTHOR: ErrorKind.BadUserInput,
  REVIEWERS_ONLY: ErrorKind.Forbidden,
  INVALID_SETTINGS: ErrorKind.BadUserInput,
  USER_NOT_FOUND: ErrorKind.NotFound,
};

/** Every expected failure of the moderation domain, with a stable reason code. */
export class ModerationException extends ForumException {
  constructor(code: ModerationExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
