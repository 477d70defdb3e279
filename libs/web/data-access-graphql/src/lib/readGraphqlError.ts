import type { CombinedError } from '@urql/core';
import { EdgeErrorReason, ErrorKind, IdentityErrorReason } from '@forum/shared/domain';

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

/**
 * Reasons the web app gives a failure itself: the API did not answer (`NETWORK`), answered
 * something unreadable (`UNKNOWN`), or answered a kind of failure without a reason it knows
 * (`UNAVAILABLE`: the database is away or the request ran out of time; nothing was changed and
 * trying again shortly is the cure).
 */
export const ClientErrorReason = {
  Network: 'NETWORK',
  Unavailable: 'UNAVAILABLE',
  Unknown: 'UNKNOWN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
} as const;
export type ClientErrorReason = (typeof ClientErrorReason)[keyof typeof ClientErrorReason];

/** Reasons every area understands, besides its own. */
export const commonErrorReasons = [
  EdgeErrorReason.ValidationFailed,
  IdentityErrorReason.NotSignedIn,
  IdentityErrorReason.AccessDenied,
  IdentityErrorReason.TooManyAttempts,
  ...Object.values(ClientErrorReason),
] as const;
export type CommonErrorReason = (typeof commonErrorReasons)[number];

/** What a reason-less error of each kind (`extensions.code`) most likely means. */
const reasonOfKind: Partial<Record<string, CommonErrorReason>> = {
  [ErrorKind.BadUserInput]: EdgeErrorReason.ValidationFailed,
  [ErrorKind.Unauthenticated]: IdentityErrorReason.NotSignedIn,
  [ErrorKind.Forbidden]: IdentityErrorReason.AccessDenied,
  [ErrorKind.NotFound]: ClientErrorReason.NotFound,
  [ErrorKind.Conflict]: ClientErrorReason.Conflict,
  [ErrorKind.TooManyRequests]: IdentityErrorReason.TooManyAttempts,
  [ErrorKind.Unavailable]: ClientErrorReason.Unavailable,
};

/**
 * Reads the first GraphQL error's `extensions.reason` against the reasons an area knows (besides
 * the common ones); unknown reasons fall back to what the error's kind most likely means. The one
 * place in the web app that reads `extensions.reason`.
 */
export function readGraphqlError<Reason extends string>(
  error: CombinedError | undefined,
  knownReasons: readonly Reason[],
): GraphqlFailure<Reason | CommonErrorReason> | undefined {
  if (!error) return undefined;
  const first = error.graphQLErrors[0];
  if (!first) {
    return {
      reason: error.networkError ? ClientErrorReason.Network : ClientErrorReason.Unknown,
      fields: new Set(),
      details: {},
    };
  }
  const { reason, code, fields, ...details } = first.extensions ?? {};
  const known = [...knownReasons, ...commonErrorReasons].find((candidate) => candidate === reason);
  return {
    reason:
      known ??
      (typeof code === 'string' ? reasonOfKind[code] : undefined) ??
      ClientErrorReason.Unknown,
    fields: new Set(fieldNames(fields)),
    details,
  };
}

/** `{ "input.title": [...], "input.tags.0": [...] }` -> ["title", "tags"]. */
function fieldNames(fields: unknown): string[] {
  if (!fields || typeof fields !== 'object') return [];
  return Object.keys(fields).map((path) => path.replace(/^input\./, '').split('.')[0] ?? path);
}
