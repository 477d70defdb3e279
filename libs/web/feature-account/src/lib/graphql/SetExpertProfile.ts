import { graphql } from '@forum/web/data-access-graphql';

export const SetExpertProfileMutation = graphql(`
  mutation SetExpertProfile($input: SetExpertProfileInput!) {
    setExpertProfile(input: $input) {
      ...PersonFields
    }
  }
`);
