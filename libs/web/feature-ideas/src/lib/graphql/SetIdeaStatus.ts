import { graphql } from '@forum/web/data-access-graphql';

export const SetIdeaStatusMutation = graphql(`
  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {
    setIdeaStatus(input: $input) {
      id
      status
      statusHistory {
        id
        toStatus
        message
        notifiedCount
        createdAt
        changedBy {
          displayName
        }
      }
    }
  }
`);
