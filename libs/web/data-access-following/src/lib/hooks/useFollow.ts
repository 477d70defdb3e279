import { FollowingErrorReason } from '@forum/shared/domain';
import {
  readGraphqlError,
  useMutation,
  type FollowTargetType,
} from '@forum/web/data-access-graphql';
import { useCallback, useState } from 'react';
import { FollowMutation, UnfollowMutation } from '../graphql/Follow';

export interface FollowTargetState {
  targetType: FollowTargetType;
  targetId: string;
  /** Whether the viewer follows it, as the page loaded it. */
  following: boolean;
  followerCount: number;
}

export interface UseFollowResult {
  following: boolean;
  followerCount: number;
  busy: boolean;
  /** The reason code of the last refused change, or null. */
  error: string | null;
  /** Follows when not following, unfollows otherwise. */
  toggle: () => Promise<void>;
}

const followReasons = [
  FollowingErrorReason.FollowTargetNotFound,
  FollowingErrorReason.FollowLimitReached,
  'RATE_LIMITED',
  'ACCOUNT_SUSPENDED',
] as const;

// The Following list shows what one follows, so it is fetched again after a change.
const context = { additionalTypenames: ['FollowedItem'] };

/** Follow state of one question, idea, tag or product, and the button's action. */
export function useFollow(target: FollowTargetState): UseFollowResult {
  const { targetType, targetId } = target;
  // What the last change answered, for the target as the page loaded it; a new target or a
  // fresh load of the same one replaces it.
  const loaded = `${targetType}:${targetId}:${target.following}:${target.followerCount}`;
  const [changed, setChanged] = useState<{
    loaded: string;
    following: boolean;
    followerCount: number;
    error: string | null;
  } | null>(null);
  const current =
    changed?.loaded === loaded
      ? changed
      : { following: target.following, followerCount: target.followerCount, error: null };
  const [{ fetching: following }, follow] = useMutation(FollowMutation);
  const [{ fetching: unfollowing }, unfollow] = useMutation(UnfollowMutation);

  const toggle = useCallback(async () => {
    const input = { input: { targetType, targetId } };
    const result = current.following
      ? await unfollow(input, context)
      : await follow(input, context);
    const next =
      result.data && ('follow' in result.data ? result.data.follow : result.data.unfollow);
    setChanged(
      next
        ? { loaded, following: next.following, followerCount: next.followerCount, error: null }
        : {
            loaded,
            following: current.following,
            followerCount: current.followerCount,
            error: readGraphqlError(result.error, followReasons)?.reason ?? 'UNKNOWN',
          },
    );
  }, [follow, unfollow, current.following, current.followerCount, loaded, targetType, targetId]);

  return {
    following: current.following,
    followerCount: current.followerCount,
    busy: following || unfollowing,
    error: current.error,
    toggle,
  };
}
