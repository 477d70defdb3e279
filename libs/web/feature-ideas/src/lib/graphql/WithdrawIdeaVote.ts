import { graphql } from '@forum/web/data-access-graphql';

export const WithdrawIdeaVoteMutation = graphql(`
  mutation WithdrawIdeaVote($input: IdeaIdInput!) {
    withdrawIdeaVote(input: $input) {
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
