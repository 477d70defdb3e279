import { ErrorKind } from '@forum/shared/domain';
import type { CombinedError } from '@forum/web/data-access-graphql';

/**
 * The failures the Q&A pages tell apart: the API's `extensions.reason` codes, plus what the web
 * app adds itself (`NETWORK` when the API did not answer, `UNKNOWN` for anything else).
 */
export const QNA_ERROR_REASONS = [
  'VALIDATION_FAILED',
  'PRODUCT_NOT_FOUND',
  'QUESTION_NOT_FOUND',
  'ANSWER_NOT_FOUND',
  'TOO_MANY_TAGS',
  'INVALID_TAG',
  'OWN_POST',
  'NOT_ALLOWED_TO_ACCEPT',
  'QUESTION_CLOSED',
  'NOT_ACCEPTED',
  'NOT_ALLOWED_TO_EDIT',
  'NOT_ALLOWED_TO_DELETE',
  'NOT_ALLOWED_TO_CLOSE',
  'INVALID_DUPLICATE',
  'NOT_CLOSED',
  'COMMENT_NOT_FOUND',
  'INVALID_COMMENT',
  'NOT_SIGNED_IN',
  'ACCESS_DENIED',
  'ACCOUNT_SUSPENDED',
  'TOO_MANY_ATTEMPTS',
  'NOT_FOUND',
  'CONFLICT',
  'NETWORK',
  'UNKNOWN',
] as const;
export type QnaErrorReason = (typeof QNA_ERROR_REASONS)[number];

function isQnaErrorReason(value: unknown): value is QnaErrorReason {
  return QNA_ERROR_REASONS.includes(value as QnaErrorReason);
}

export interface QnaError {
  reason: QnaErrorReason;
  /**
   * Offending fields of a VALIDATION_FAILED answer, by input field name ("title" for the API's
   * "input.title", "tags" for "input.tags.2"). The API's messages are English and only for
   * developers; the pages show their own.
   */
  fields: ReadonlySet<string>;
  details: Readonly<Record<string, unknown>>;
}

/** What a reason-less error of each kind most likely means. */
const reasonOfKind: Partial<Record<string, QnaErrorReason>> = {
  [ErrorKind.BadUserInput]: 'VALIDATION_FAILED',
  [ErrorKind.Unauthenticated]: 'NOT_SIGNED_IN',
  [ErrorKind.Forbidden]: 'ACCESS_DENIED',
  [ErrorKind.NotFound]: 'NOT_FOUND',
  [ErrorKind.Conflict]: 'CONFLICT',
  [ErrorKind.TooManyRequests]: 'TOO_MANY_ATTEMPTS',
};

/** Reads the first GraphQL error's `extensions.reason` (never its message). */
export function toQnaError(error: CombinedError | undefined): QnaError | undefined {
  if (!error) return undefined;
  const first = error.graphQLErrors[0];
  if (!first) {
    return { reason: error.networkError ? 'NETWORK' : 'UNKNOWN', fields: new Set(), details: {} };
  }
  const { reason, code, fields, ...details } = first.extensions ?? {};
  return {
    reason: isQnaErrorReason(reason)
      ? reason
      : ((typeof code === 'string' ? reasonOfKind[code] : undefined) ?? 'UNKNOWN'),
    fields: new Set(fieldNames(fields)),
    details,
  };
}

/** `{ "input.title": [...], "input.tags.0": [...] }` -> ["title", "tags"]. */
function fieldNames(fields: unknown): string[] {
  if (!fields || typeof fields !== 'object') return [];
  return Object.keys(fields).map((path) => path.replace(/^input\./, '').split('.')[0] ?? path);
}

/** A failure the web app noticed itself, e.g. a form that is not filled in correctly. */
export function localError(reason: QnaErrorReason, fields: readonly string[] = []): QnaError {
  return { reason, fields: new Set(fields), details: {} };
}
