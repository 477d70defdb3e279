import { graphql } from '@forum/web/data-access-graphql';

/** A question as it is now, and every earlier version (newest first). */
export const QuestionHistoryQuery = graphql(`
  query QuestionHistory($id: ID!) {
    question(id: $id) {
      id
      slug
      title
      body
      tags
      createdAt
      author {
        ...AuthorFields
      }
    }
    revisions(questionId: $id) {
      ...RevisionFields
    }
  }
`);
