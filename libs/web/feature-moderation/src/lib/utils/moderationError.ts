import { IdentityErrorReason, ModerationErrorReason } from '@forum/shared/domain';
import { readGraphqlError, type CombinedError } from '@forum/web/data-access-graphql';

const knownReasons = [
  ...Object.values(ModerationErrorReason),
  IdentityErrorReason.AccessDenied,
] as const;

/** The reason code of a failed review or settings operation; null when there is none. */
export function moderationReason(error: CombinedError | undefined): string | null {
  return readGraphqlError(error, knownReasons)?.reason ?? null;
}
