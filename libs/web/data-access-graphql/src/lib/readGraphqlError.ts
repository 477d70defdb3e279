import type { CombinedError } from '@urql/core';
import { ErrorKind } from '@forum/shared/domain';

/** A failure as the pages tell them apart: the API's reason code, never its message text. */
export interface GraphqlFailure<Reason extends string> {
  reason: Reason;
  /**
   * Offending fields of a VALIDATION_FAILED answer, by input field name ("title" for the API's
   * "input.title", "tags" for "input.tags.2"). The API's messages are English and only for
   * developers; the pages show their own.
   */
  fields: ReadonlySet<string>;
  /** Everything else the API sent along, e.g. `retryAfterSeconds` or `suspendedUntil`. */
  details: Readonly<Record<string, unknown>>;
}

/** Reasons every area understands, besides its own. */
type CommonReason =
  | 'VALIDATION_FAILED'
  | 'NOT_SIGNED_IN'
  | 'ACCESS_DENIED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'NETWORK'
  | 'UNKNOWN';

/** What a reason-less error of each kind most likely means. */
const reasonOfKind: Partial<Record<string, CommonReason>> = {
  [ErrorKind.BadUserInput]: 'VALIDATION_FAILED',
  [ErrorKind.Unauthenticated]: 'NOT_SIGNED_IN',
  [ErrorKind.Forbidden]: 'ACCESS_DENIED',
  [ErrorKind.NotFound]: 'NOT_FOUND',
  [ErrorKind.Conflict]: 'CONFLICT',
  [ErrorKind.TooManyRequests]: 'TOO_MANY_ATTEMPTS',
};

/**
 * Reads the first GraphQL error's `extensions.reason` against the reasons an area knows;
 * unknown reasons fall back to what the error's kind most likely means.
 */
export function readGraphqlError<Reason extends string>(
  error: CombinedError | undefined,
  knownReasons: readonly (Reason | CommonReason)[],
): GraphqlFailure<Reason | CommonReason> | undefined {
  if (!error) return undefined;
  const first = error.graphQLErrors[0];
  if (!first) {
    return { reason: error.networkError ? 'NETWORK' : 'UNKNOWN', fields: new Set(), details: {} };
  }
  const { reason, code, fields, ...details } = first.extensions ?? {};
  const known = knownReasons.includes(reason as Reason) ? (reason as Reason) : undefined;
  return {
    reason: known ?? (typeof code === 'string' ? reasonOfKind[code] : undefined) ?? 'UNKNOWN',
    fields: new Set(fieldNames(fields)),
    details,
  };
}

/** `{ "input.title": [...], "input.tags.0": [...] }` -> ["title", "tags"]. */
function fieldNames(fields: unknown): string[] {
  if (!fields || typeof fields !== 'object') return [];
  return Object.keys(fields).map((path) => path.replace(/^input\./, '').split('.')[0] ?? path);
}
