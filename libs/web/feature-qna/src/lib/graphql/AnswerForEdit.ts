import { graphql } from '@forum/web/data-access-graphql';

/** A question's answers with their text, to edit one of them. */
export const AnswerForEditQuery = graphql(`
  query AnswerForEdit($questionId: ID!) {
    question(id: $questionId) {
      id
      slug
      title
      isDeleted
      author {
        id
      }
      answers {
        id
        body
        author {
          id
        }
      }
    }
  }
`);
