import { readGraphqlError, useMutation, useQuery } from '@forum/web/data-access-graphql';
import { useCallback } from 'react';
import { FollowSettingsQuery, UpdateFollowSettingsMutation } from '../graphql/FollowSettings';

export type FollowSettingName =
  'followOnAsk' | 'followOnAnswer' | 'followOnComment' | 'followOnIdeaVote';

export type FollowSettingsValues = Record<FollowSettingName, boolean>;

export interface UseFollowSettingsResult {
  settings: FollowSettingsValues | null;
  loading: boolean;
  saving: boolean;
  /** The reason code when loading or the last change failed, or null. */
  error: string | null;
  /** Changes one switch; resolves to whether it was saved. */
  change: (name: FollowSettingName, value: boolean) => Promise<boolean>;
}

// Other places showing the switches fetch them again.
const context = { additionalTypenames: ['FollowSettings'] };

/** The signed-in person's auto-follow switches. */
export function useFollowSettings(): UseFollowSettingsResult {
  const [{ data, fetching, error: loadError }] = useQuery({ query: FollowSettingsQuery });
  const [{ data: saved, fetching: saving, error: saveError }, update] = useMutation(
    UpdateFollowSettingsMutation,
  );
  const change = useCallback(
    async (name: FollowSettingName, value: boolean) => {
      const result = await update({ input: { [name]: value } }, context);
      return Boolean(result.data);
    },
    [update],
  );
  const failure = readGraphqlError(saveError ?? loadError, ['RATE_LIMITED'] as const);
  return {
    // The last change answers with every switch as saved.
    settings: saved?.updateFollowSettings ?? data?.followSettings ?? null,
    loading: fetching,
    saving,
    error: failure?.reason ?? null,
    change,
  };
}
