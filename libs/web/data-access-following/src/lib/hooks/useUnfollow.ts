import { useMutation, type FollowTargetType } from '@forum/web/data-access-graphql';
import { useCallback } from 'react';
import { UnfollowMutation } from '../graphql/Follow';

// The Following list is fetched again, so the unfollowed thing leaves it.
const context = { additionalTypenames: ['FollowedItem'] };

/** Stops following one thing; resolves to whether it worked. */
export function useUnfollow(): {
  unfollow: (targetType: FollowTargetType, targetId: string) => Promise<boolean>;
  busy: boolean;
} {
  const [{ fetching }, send] = useMutation(UnfollowMutation);
  const unfollow = useCallback(
    async (targetType: FollowTargetType, targetId: string) => {
      const result = await send({ input: { targetType, targetId } }, context);
      return Boolean(result.data);
    },
    [send],
  );
  return { unfollow, busy: fetching };
}
