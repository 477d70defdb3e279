import { graphql } from '@forum/web/data-access-graphql';

export const AddIdeaNoteMutation = graphql(`
  mutation AddIdeaNote($input: AddIdeaNoteInput!) {
    addIdeaNote(input: $input) {
      id
    }
  }
`);
