import { graphql } from '@forum/web/data-access-graphql';

export const VoteForIdeaMutation = graphql(`
  mutation VoteForIdea($input: VoteForIdeaInput!) {
    voteForIdea(input: $input) {
      id
      voteCount
      organisationCount
      viewerVote {
        importance
        reason
      }
    }
  }
`);
