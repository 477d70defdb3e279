import { graphql } from '@forum/web/data-access-graphql';

/** A person's questions for their profile, newest first. */
export const ProfileQuestionsQuery = graphql(`
  query ProfileQuestions($authorId: ID!, $after: String) {
    questions(filter: { authorId: $authorId }, orderBy: NEWEST, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          slug
          state
          answerCount
          createdAt
          # The author and moderators only; null for everyone else.
          hiddenReason
        }
      }
    }
  }
`);

/** A person's answers for their profile, newest first, each with its question. */
export const ProfileAnswersQuery = graphql(`
  query ProfileAnswers($authorId: ID!, $after: String) {
    answers(authorId: $authorId, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          score
          createdAt
          isAccepted
          # The author and moderators only; null for everyone else.
          hiddenReason
          question {
            id
            title
            slug
            state
          }
        }
      }
    }
  }
`);
