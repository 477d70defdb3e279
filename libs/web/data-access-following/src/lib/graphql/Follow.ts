import { graphql } from '@forum/web/data-access-graphql';

export const FollowMutation = graphql(`
  mutation Follow($input: FollowInput!) {
    follow(input: $input) {
      targetType
      targetId
      following
      followerCount
    }
  }
`);

export const UnfollowMutation = graphql(`
  mutation Unfollow($input: FollowInput!) {
    unfollow(input: $input) {
      targetType
      targetId
      following
      followerCount
    }
  }
`);
