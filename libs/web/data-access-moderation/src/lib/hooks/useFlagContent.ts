import { ModerationErrorReason } from '@forum/shared/domain';
import {
  readGraphqlError,
  useMutation,
  type FlagReason,
  type FlagTargetKind,
} from '@forum/web/data-access-graphql';
import { useCallback } from 'react';
import { FlagContentMutation } from '../graphql/FlagContent';

export interface FlagInput {
  targetKind: FlagTargetKind;
  targetId: string;
  reason: FlagReason;
  note: string | null;
}

/** What became of a flag: sent, or the reason code it was refused with. */
export type FlagResult = { ok: true } | { ok: false; reason: string };

const flagReasons = [
  ModerationErrorReason.AlreadyFlagged,
  ModerationErrorReason.OwnContent,
  ModerationErrorReason.NoteRequired,
  ModerationErrorReason.TargetNotFound,
  'RATE_LIMITED',
  'ACCOUNT_SUSPENDED',
] as const;

// A flag may hide the post it is about, so the pages showing it fetch it again.
const context = { additionalTypenames: ['Question', 'Answer', 'Notification'] };

/** Sends a flag; answers with the API's reason code when it is refused. */
export function useFlagContent(): (input: FlagInput) => Promise<FlagResult> {
  const [, flag] = useMutation(FlagContentMutation);
  return useCallback(
    async (input: FlagInput) => {
      const result = await flag({ input }, context);
      if (result.data) return { ok: true };
      return {
        ok: false,
        reason: readGraphqlError(result.error, flagReasons)?.reason ?? 'UNKNOWN',
      };
    },
    [flag],
  );
}
