import { ForumException } from '@forum/api/platform';
import { ErrorKind } from '@forum/shared/domain';

export const IdentityExceptionCode = {
  NotSignedIn: 'NOT_SIGNED_IN',
  AccessDenied: 'ACCESS_DENIED',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
  WeakPassword: 'WEAK_PASSWORD',
  WrongPassword: 'WRONG_PASSWORD',
  TokenInvalid: 'TOKEN_INVALID',
  TokenExpired: 'TOKEN_EXPIRED',
  AccountSuspended: 'ACCOUNT_SUSPENDED',
  UserNotFound: 'USER_NOT_FOUND',
  OrganisationNotFound: 'ORGANISATION_NOT_FOUND',
  OrganisationNameTaken: 'ORGANISATION_NAME_TAKEN',
  ApiTokenNotFound: 'API_TOKEN_NOT_FOUND',
  LastAdmin: 'LAST_ADMIN',
  NotStaff: 'NOT_STAFF',
  InvalidSuspension: 'INVALID_SUSPENSION',
  ApiTokenLimit: 'API_TOKEN_LIMIT',
} as const;
export type IdentityExceptionCode =
  (typeof IdentityExceptionCode)[keyof typeof IdentityExceptionCode];

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
};

export class IdentityException extends ForumException {
  constructor(code: IdentityExceptionCode, message: string, details?: Record<string, unknown>) {
    super(kindOf[code], code, message, details);
  }
}
