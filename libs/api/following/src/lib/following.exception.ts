import { ForumException } from '@forum/api/platform';
import { ErrorKind, FollowingErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const FollowingExceptionCode = FollowingErrorReason;
export type FollowingExceptionCode = FollowingErrorReason;

const kindOf: Record<FollowingExceptionCode, ErrorKind> = {
  FOLLOW_TARGET_NOT_FOUND: ErrorKind.NotFound,
  FOLLOW_LIMIT_REACHED: ErrorKind.Conflict,
};

/** Every expected failure of the following domain, with a stable reason code. */
export class FollowingException extends ForumException {
  constructor(code: FollowingExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
