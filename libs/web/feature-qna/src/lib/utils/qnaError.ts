import {
  type CombinedError,
  type GraphqlFailure,
  readGraphqlError,
} from '@forum/web/data-access-graphql';

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
  'INSUFFICIENT_REPUTATION',
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
  'SEARCH_UNAVAILABLE',
  'NETWORK',
  'UNKNOWN',
] as const;
export type QnaErrorReason = (typeof QNA_ERROR_REASONS)[number];

export type QnaError = GraphqlFailure<QnaErrorReason>;

/** Reads the first GraphQL error's `extensions.reason` (never its message). */
export function toQnaError(error: CombinedError | undefined): QnaError | undefined {
  return readGraphqlError(error, QNA_ERROR_REASONS);
}

/** A failure the web app noticed itself, e.g. a form that is not filled in correctly. */
export function localError(reason: QnaErrorReason, fields: readonly string[] = []): QnaError {
  return { reason, fields: new Set(fields), details: {} };
}
