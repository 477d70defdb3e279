import { graphql } from '@forum/web/data-access-graphql';

export const UnacceptAnswerMutation = graphql(`
  mutation UnacceptAnswer($input: UnacceptAnswerInput!) {
    unacceptAnswer(input: $input) {
      id
      state
      acceptedAnswerId
    }
  }
`);
