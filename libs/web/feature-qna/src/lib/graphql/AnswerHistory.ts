import { graphql } from '@forum/web/data-access-graphql';

/** An answer as it is now, and every earlier version (newest first). */
export const AnswerHistoryQuery = graphql(`
  query AnswerHistory($questionId: ID!, $answerId: ID!) {
    question(id: $questionId) {
      id
      slug
      title
      answers {
        id
        body
        createdAt
        author {
          ...AuthorFields
        }
      }
    }
    revisions(answerId: $answerId) {
      ...RevisionFields
    }
  }
`);
