import { graphql } from '@forum/web/data-access-graphql';

/** Queues dead letters again; all or none. */
export const ResendDeadMailMutation = graphql(`
  mutation ResendDeadMail($input: ResendDeadMailInput!) {
    resendDeadMail(input: $input) {
      resent {
        id
        state
        resendable
      }
    }
  }
`);
