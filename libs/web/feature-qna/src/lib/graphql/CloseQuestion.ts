import { graphql } from '@forum/web/data-access-graphql';

export const CloseQuestionMutation = graphql(`
  mutation CloseQuestion($input: CloseQuestionInput!) {
    closeQuestion(input: $input) {
      id
      state
      closeReason
    }
  }
`);
