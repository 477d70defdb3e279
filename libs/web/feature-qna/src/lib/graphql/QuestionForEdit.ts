import { graphql } from '@forum/web/data-access-graphql';

/** The editable parts of a question, and whose it is. */
export const QuestionForEditQuery = graphql(`
  query QuestionForEdit($id: ID!) {
    question(id: $id) {
      id
      slug
      title
      body
      tags
      state
      isDeleted
      author {
        id
      }
    }
  }
`);
