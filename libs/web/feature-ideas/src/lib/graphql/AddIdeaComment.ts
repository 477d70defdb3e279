import { graphql } from '@forum/web/data-access-graphql';

export const AddIdeaCommentMutation = graphql(`
  mutation AddIdeaComment($input: AddIdeaCommentInput!) {
    addIdeaComment(input: $input) {
      id
    }
  }
`);
