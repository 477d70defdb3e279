import {
  IdeaErrorReason,
  IdentityErrorReason,
  PrivateDetailsErrorReason,
  QnaErrorReason,
  SearchErrorReason,
} from '@forum/shared/domain';
import {
  type CombinedError,
  type CommonErrorReason,
  type GraphqlFailure,
  readGraphqlError,
} from '@forum/web/data-access-graphql';

/**
 * The failures the Q&A pages tell apart: the Q&A and search `extensions.reason` codes, a
 * suspended account, and the reasons every area knows (`NETWORK` when the API did not answer,
 * `UNKNOWN` for anything else).
 */
const qnaReasons = [
  ...Object.values(QnaErrorReason),
  ...Object.values(SearchErrorReason),
  IdentityErrorReason.AccountSuspended,
  // Linking the question to a feature idea from the question page.
  IdeaErrorReason.IdeaNotFound,
  IdeaErrorReason.IdeaMerged,
  // The asker's private details.
  ...Object.values(PrivateDetailsErrorReason),
];
export type QnaFailureReason =
  | QnaErrorReason
  | SearchErrorReason
  | typeof IdentityErrorReason.AccountSuspended
  | typeof IdeaErrorReason.IdeaNotFound
  | typeof IdeaErrorReason.IdeaMerged
  | PrivateDetailsErrorReason
  | CommonErrorReason;

export type QnaError = GraphqlFailure<QnaFailureReason>;

/** Reads the first GraphQL error's `extensions.reason` (never its message). */
export function toQnaError(error: CombinedError | undefined): QnaError | undefined {
  return readGraphqlError(error, qnaReasons);
}

/** A failure the web app noticed itself, e.g. a form that is not filled in correctly. */
export function localError(reason: QnaFailureReason, fields: readonly string[] = []): QnaError {
  return { reason, fields: new Set(fields), details: {} };
}
