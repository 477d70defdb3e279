import { graphql } from '@forum/web/data-access-graphql';

export const IdeaDetailQuery = graphql(`
  query IdeaDetail($id: ID!) {
    idea(id: $id) {
      id
      title
      description
      status
      voteCount
      organisationCount
      commentCount
      askerCount
      viewerFollows
      followerCount
      createdAt
      mergedInto {
        id
      }
      author {
        id
        displayName
      }
      product {
        id
        name
      }
      viewerVote {
        importance
        reason
      }
      statusHistory {
        id
        toStatus
        message
        createdAt
        changedBy {
          displayName
        }
      }
      comments {
        id
        body
        createdAt
        author {
          id
          displayName
          isStaff
        }
      }
      linkedQuestions {
        id
        title
        slug
      }
    }
  }
`);
