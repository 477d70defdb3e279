import { graphql } from '@forum/web/data-access-graphql';

/** What a row of the board and a roadmap card show. */
export const IdeaCardFragment = graphql(`
  fragment IdeaCard on Idea {
    id
    title
    status
    voteCount
    commentCount
    createdAt
    product {
      id
      name
    }
    viewerVote {
      importance
    }
  }
`);
