import { graphql } from '@forum/web/data-access-graphql';

export const RestoreQuestionMutation = graphql(`
  mutation RestoreQuestion($input: PostIdInput!) {
    restoreQuestion(input: $input) {
      id
      isDeleted
    }
  }
`);
