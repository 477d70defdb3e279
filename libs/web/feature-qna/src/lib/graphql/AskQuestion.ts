import { graphql } from '@forum/web/data-access-graphql';

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
      slug
    }
  }
`);
