import { useQuery, type FollowTargetType } from '@forum/web/data-access-graphql';
import { MyFollowsQuery } from '../graphql/MyFollows';

export const myFollowsPageSize = 20;

/** One page of what the signed-in person follows; `after` is the previous page's end cursor. */
export function useMyFollows(options: {
  after: string | null;
  targetType: FollowTargetType | null;
}) {
  return useQuery({
    query: MyFollowsQuery,
    variables: {
      first: myFollowsPageSize,
      after: options.after,
      targetType: options.targetType,
    },
  });
}
