import { graphql } from '@forum/web/data-access-graphql';

/** What a moderator's change answers with: the question's moderation state. */
export const HidePostMutation = graphql(`
  mutation HidePost($input: HidePostInput!) {
    hidePost(input: $input) {
      id
      hiddenReason
      hiddenNote
      answerCount
    }
  }
`);

export const UnhidePostMutation = graphql(`
  mutation UnhidePost($input: UnhidePostInput!) {
    unhidePost(input: $input) {
      id
      hiddenReason
      hiddenNote
      answerCount
    }
  }
`);

export const LockQuestionMutation = graphql(`
  mutation LockQuestion($input: PostIdInput!) {
    lockQuestion(input: $input) {
      id
      lockedAt
    }
  }
`);

export const UnlockQuestionMutation = graphql(`
  mutation UnlockQuestion($input: PostIdInput!) {
    unlockQuestion(input: $input) {
      id
      lockedAt
    }
  }
`);

export const PinQuestionMutation = graphql(`
  mutation PinQuestion($input: PostIdInput!) {
    pinQuestion(input: $input) {
      id
      pinnedAt
    }
  }
`);

export const UnpinQuestionMutation = graphql(`
  mutation UnpinQuestion($input: PostIdInput!) {
    unpinQuestion(input: $input) {
      id
      pinnedAt
    }
  }
`);
