import { graphql } from '@forum/web/data-access-graphql';

/** People to @mention whose name starts with what was typed, the question's participants first. */
export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($prefix: String!, $questionId: ID) {
    mentionCandidates(prefix: $prefix, questionId: $questionId) {
      id
      displayName
      isStaff
      staffTitle
    }
  }
`);
