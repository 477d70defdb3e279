import { graphql } from '@forum/web/data-access-graphql';

/** Returns the post's new score; the page keeps the viewer's vote itself (see useOptimisticVote). */
export const VoteMutation = graphql(`
  mutation Vote($input: VoteInput!) {
    vote(input: $input) {
      id
      score
    }
  }
`);
