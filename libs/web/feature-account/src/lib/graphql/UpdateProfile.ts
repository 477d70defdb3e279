import { graphql } from '@forum/web/data-access-graphql';

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      locale
      timeZone
    }
  }
`);
