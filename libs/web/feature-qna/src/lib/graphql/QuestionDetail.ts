import { graphql } from '@forum/web/data-access-graphql';

/** Everything the question page shows: the question, its comments and its answers. */
export const QuestionDetailQuery = graphql(`
  query QuestionDetail($id: ID!) {
    question(id: $id) {
      id
      slug
      title
      body
      state
      score
      viewerVote
      viewerFollows
      followerCount
      tags
      language
      createdAt
      lastActivityAt
      viewCount
      answerCount
      isDeleted
      closeReason
      lockedAt
      pinnedAt
      hiddenReason
      hiddenNote
      duplicateOf {
        id
        slug
        title
      }
      duplicates {
        id
        slug
        title
      }
      linkedIdeas {
        id
        title
        status
      }
      product {
        id
        name
        slug
      }
      author {
        id
        displayName
        ...AuthorFields
      }
      acceptedAnswerId
      acceptedAt
      acceptedBy {
        id
        displayName
        isStaff
        staffTitle
      }
      acceptance {
        answerId
        kind
        by {
          id
          displayName
          isStaff
          staffTitle
        }
      }
      privateDetails {
        body
        updatedAt
      }
      comments {
        id
        ...CommentFields
      }
      answers {
        id
        body
        score
        createdAt
        author {
          id
          displayName
        }
        ...AnswerFields
      }
    }
  }
`);
