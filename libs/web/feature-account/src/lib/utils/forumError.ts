import {
  type CombinedError,
  type GraphqlFailure,
  readGraphqlError,
} from '@forum/web/data-access-graphql';

/**
 * The failures the account pages tell apart: the API's `extensions.reason` codes, plus what the
 * web app adds itself (`NETWORK` when the API did not answer, `UNKNOWN` for anything else).
 */
export const ERROR_REASONS = [
  'VALIDATION_FAILED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'WEAK_PASSWORD',
  'WRONG_PASSWORD',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'ACCOUNT_SUSPENDED',
  'USER_NOT_FOUND',
  'ORGANISATION_NOT_FOUND',
  'ORGANISATION_NAME_TAKEN',
  'API_TOKEN_NOT_FOUND',
  'LAST_ADMIN',
  'NOT_STAFF',
  'API_TOKEN_LIMIT',
  'INVALID_SUSPENSION',
  'NOT_SIGNED_IN',
  'ACCESS_DENIED',
  'NOT_FOUND',
  'CONFLICT',
  'SSO_FAILED',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export function isErrorReason(value: unknown): value is ErrorReason {
  return ERROR_REASONS.includes(value as ErrorReason);
}

export type ForumError = GraphqlFailure<ErrorReason>;

/** The API did not answer. */
export const networkFailure: ForumError = { reason: 'NETWORK', fields: new Set(), details: {} };

/** Reads the first GraphQL error's `extensions.reason` (never its message). */
export function toForumError(error: CombinedError | undefined): ForumError | undefined {
  return readGraphqlError(error, ERROR_REASONS);
}

/** A reason code from a URL (`?ssoError=`), as a single-sign-on failure when it is unknown. */
export function ssoErrorOf(value: string | null | undefined): ForumError | undefined {
  if (!value) return undefined;
  return { reason: isErrorReason(value) ? value : 'SSO_FAILED', fields: new Set(), details: {} };
}

/** A number the API sent along, such as `retryAfterSeconds`. */
export function numberDetail(error: ForumError, key: string): number | undefined {
  const value = error.details[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A text the API sent along, such as `suspendedUntil` or `warning`. */
export function stringDetail(error: ForumError, key: string): string | undefined {
  const value = error.details[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
