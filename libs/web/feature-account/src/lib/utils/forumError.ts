import {
  DeadMailErrorReason,
  IdentityErrorReason,
  QnaErrorReason,
  SsoErrorReason,
  SupportSettingsErrorReason,
} from '@forum/shared/domain';
import {
  type CombinedError,
  ClientErrorReason,
  commonErrorReasons,
  type CommonErrorReason,
  type GraphqlFailure,
  readGraphqlError,
} from '@forum/web/data-access-graphql';

/** The Q&A failures of the admin pages for tags and product areas. */
const catalogueReasons = [
  QnaErrorReason.InvalidTag,
  QnaErrorReason.ProductNotFound,
  QnaErrorReason.ProductSlugTaken,
] as const;
type CatalogueErrorReason = (typeof catalogueReasons)[number];

/**
 * The failures the account pages tell apart: identity's `extensions.reason` codes, single
 * sign-on's catch-all, those of the tag, product and undelivered-mail admin pages, and the
 * reasons every area knows (`NETWORK` when the API did not answer, `UNKNOWN` for anything else).
 */
const accountReasons = [
  ...Object.values(IdentityErrorReason),
  SsoErrorReason.SsoFailed,
  ...catalogueReasons,
  ...Object.values(SupportSettingsErrorReason),
  ...Object.values(DeadMailErrorReason),
];
export type ErrorReason =
  | IdentityErrorReason
  | SsoErrorReason
  | CatalogueErrorReason
  | SupportSettingsErrorReason
  | DeadMailErrorReason
  | CommonErrorReason;

export function isErrorReason(value: unknown): value is ErrorReason {
  return [...accountReasons, ...commonErrorReasons].includes(value as ErrorReason);
}

export type ForumError = GraphqlFailure<ErrorReason>;

/** The API did not answer. */
export const networkFailure: ForumError = {
  reason: ClientErrorReason.Network,
  fields: new Set(),
  details: {},
};

/** Reads the first GraphQL error's `extensions.reason` (never its message). */
export function toForumError(error: CombinedError | undefined): ForumError | undefined {
  return readGraphqlError(error, accountReasons);
}

/** A reason code from a URL (`?ssoError=`), as a single-sign-on failure when it is unknown. */
export function ssoErrorOf(value: string | null | undefined): ForumError | undefined {
  if (!value) return undefined;
  return {
    reason: isErrorReason(value) ? value : SsoErrorReason.SsoFailed,
    fields: new Set(),
    details: {},
  };
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
