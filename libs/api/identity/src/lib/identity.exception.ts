import { ForumException } from '@forum/api/platform';
import { ErrorKind, IdentityErrorReason } from '@forum/shared/domain';

/** The reason codes, shared with the web app through `@forum/shared/domain`. */
export const IdentityExceptionCode = IdentityErrorReason;
export type IdentityExceptionCode = IdentityErrorReason;

const kindOf: Record<IdentityExceptionCode, ErrorKind> = {
  NOT_SIGNED_IN: ErrorKind.Unauthenticated,
  ACCESS_DENIED: ErrorKind.Forbidden,
  INVALID_CREDENTIALS: ErrorKind.Unauthenticated,
  TOO_MANY_ATTEMPTS: ErrorKind.TooManyRequests,
  WEAK_PASSWORD: ErrorKind.BadUserInput,
  WRONG_PASSWORD: ErrorKind.BadUserInput,
  TOKEN_INVALID: ErrorKind.BadUserInput,
  TOKEN_EXPIRED: ErrorKind.BadUserInput,
  ACCOUNT_SUSPENDED: ErrorKind.Forbidden,
  USER_NOT_FOUND: ErrorKind.NotFound,
  ORGANISATION_NOT_FOUND: ErrorKind.NotFound,
  ORGANISATION_NAME_TAKEN: ErrorKind.Conflict,
  API_TOKEN_NOT_FOUND: ErrorKind.NotFound,
  LAST_ADMIN: ErrorKind.Conflict,
  NOT_STAFF: ErrorKind.BadUserInput,
  INVALID_SUSPENSION: ErrorKind.BadUserInput,
  API_TOKEN_LIMIT: ErrorKind.Conflict,
  AUDIT_EXPORT_TOO_LARGE: ErrorKind.BadUserInput,
};

export class IdentityException extends ForumException {
  constructor(code: IdentityExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
