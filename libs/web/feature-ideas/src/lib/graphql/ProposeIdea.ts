import { graphql } from '@forum/web/data-access-graphql';

export const ProposeIdeaMutation = graphql(`
  mutation ProposeIdea($input: ProposeIdeaInput!) {
    proposeIdea(input: $input) {
      id
    }
  }
`);
