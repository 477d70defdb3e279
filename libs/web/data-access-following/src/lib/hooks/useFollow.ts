import { FollowingErrorReason } from '@forum/shared/domain';
import {
  readGraphqlError,
  useMutation,
  type FollowTargetType,
} from '@forum/web/data-access-graphql';
import { useCallback, useEffect, useState } from 'react';
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
  const [state, setState] = useState({
    following: target.following,
    followerCount: target.followerCount,
  });
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: following }, follow] = useMutation(FollowMutation);
  const [{ fetching: unfollowing }, unfollow] = useMutation(UnfollowMutation);

  // A new target, or a fresh load of the same one, replaces what the button shows.
  useEffect(() => {
    setState({ following: target.following, followerCount: target.followerCount });
    setError(null);
  }, [targetType, targetId, target.following, target.followerCount]);

  const toggle = useCallback(async () => {
    const input = { input: { targetType, targetId } };
    const result = state.following ? await unfollow(input, context) : await follow(input, context);
    const next =
      result.data && ('follow' in result.data ? result.data.follow : result.data.unfollow);
    if (next) {
      setState({ following: next.following, followerCount: next.followerCount });
      setError(null);
    } else {
      setError(readGraphqlError(result.error, followReasons)?.reason ?? 'UNKNOWN');
    }
  }, [follow, unfollow, state.following, targetType, targetId]);

  return { ...state, busy: following || unfollowing, error, toggle };
}
