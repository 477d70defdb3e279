import { graphql } from '@forum/web/data-access-graphql';

export const ReopenQuestionMutation = graphql(`
  mutation ReopenQuestion($input: PostIdInput!) {
    reopenQuestion(input: $input) {
      id
      state
      closeReason
    }
  }
`);
