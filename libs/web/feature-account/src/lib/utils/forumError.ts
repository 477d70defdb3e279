import type { CombinedError } from '@forum/web/data-access-graphql';
import { ErrorKind } from '@forum/shared/domain';

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

export interface ForumError {
  reason: ErrorReason;
  /**
   * Offending fields of a VALIDATION_FAILED answer, by input field name ("email" for the API's
   * "input.email"). The API's messages are English and only for developers; pages show their own.
   */
  fields: ReadonlySet<string>;
  /** Everything else the API sent along, e.g. `retryAfterSeconds` or `suspendedUntil`. */
  details: Readonly<Record<string, unknown>>;
}

/** What a reason-less error of each kind most likely means. */
const reasonOfKind: Partial<Record<string, ErrorReason>> = {
  [ErrorKind.BadUserInput]: 'VALIDATION_FAILED',
  [ErrorKind.Unauthenticated]: 'NOT_SIGNED_IN',
  [ErrorKind.Forbidden]: 'ACCESS_DENIED',
  [ErrorKind.NotFound]: 'NOT_FOUND',
  [ErrorKind.Conflict]: 'CONFLICT',
  [ErrorKind.TooManyRequests]: 'TOO_MANY_ATTEMPTS',
};

/** Reads the first GraphQL error's `extensions.reason` (never its message). */
export function toForumError(error: CombinedError | undefined): ForumError | undefined {
  if (!error) return undefined;
  const first = error.graphQLErrors[0];
  if (!first)
    return { reason: error.networkError ? 'NETWORK' : 'UNKNOWN', fields: new Set(), details: {} };
  const { reason, code, fields, ...details } = first.extensions ?? {};
  return {
    reason: isErrorReason(reason)
      ? reason
      : ((typeof code === 'string' ? reasonOfKind[code] : undefined) ?? 'UNKNOWN'),
    fields: new Set(fieldNames(fields)),
    details,
  };
}

/** `{ "input.email": [...], "input.tags.0": [...] }` -> ["email", "tags"]. */
function fieldNames(fields: unknown): string[] {
  if (!fields || typeof fields !== 'object') return [];
  return Object.keys(fields).map((path) => path.replace(/^input\./, '').split('.')[0] ?? path);
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
