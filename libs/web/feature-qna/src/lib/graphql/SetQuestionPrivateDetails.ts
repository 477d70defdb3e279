import { graphql } from '@forum/web/data-access-graphql';

/** The asker's private details: only they and staff read them; an empty body removes them. */
export const SetQuestionPrivateDetailsMutation = graphql(`
  mutation SetQuestionPrivateDetails($input: SetQuestionPrivateDetailsInput!) {
    setQuestionPrivateDetails(input: $input) {
      id
      privateDetails {
        body
        updatedAt
      }
    }
  }
`);
