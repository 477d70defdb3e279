import { graphql } from '@forum/web/data-access-graphql';

export const EditQuestionMutation = graphql(`
  mutation EditQuestion($input: EditQuestionInput!) {
    editQuestion(input: $input) {
      id
      slug
      title
      body
      tags
    }
  }
`);
