import { graphql } from '@forum/web/data-access-graphql';

export const ModerationSettingsFields = graphql(`
  fragment ModerationSettingsFields on ModerationSettings {
    flagHideWeight
    newAccountDays
    newAccountReputation
    firstPostReviewEnabled
    linkRuleEnabled
    maxLinks
    repeatRuleEnabled
    repeatWindowDays
    typingRuleEnabled
    maxCharactersPerSecond
    updatedAt
  }
`);

export const ModerationSettingsQuery = graphql(`
  query ModerationSettings {
    moderationSettings {
      ...ModerationSettingsFields
    }
  }
`);

export const UpdateModerationSettingsMutation = graphql(`
  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {
    updateModerationSettings(input: $input) {
      ...ModerationSettingsFields
    }
  }
`);
