import { graphql } from '@forum/web/data-access-graphql';

export const FollowSettingsQuery = graphql(`
  query FollowSettings {
    followSettings {
      followOnAsk
      followOnAnswer
      followOnComment
      followOnIdeaVote
    }
  }
`);

export const UpdateFollowSettingsMutation = graphql(`
  mutation UpdateFollowSettings($input: UpdateFollowSettingsInput!) {
    updateFollowSettings(input: $input) {
      followOnAsk
      followOnAnswer
      followOnComment
      followOnIdeaVote
    }
  }
`);
