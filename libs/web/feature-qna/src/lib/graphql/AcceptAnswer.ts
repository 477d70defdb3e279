import { graphql } from '@forum/web/data-access-graphql';

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      id
      state
      acceptedAnswerId
    }
  }
`);
