import { graphql } from '@forum/web/data-access-graphql';

/** Who could answer the question, for staff: the API returns an empty list to everyone else. */
export const QuestionRoutingSuggestionsQuery = graphql(`
  query QuestionRoutingSuggestions($id: ID!) {
    question(id: $id) {
      id
      routingSuggestions {
        user {
          id
          displayName
        }
        audience
        rank
        solvedSimilar
        answeredInArea
        areaName
      }
    }
  }
`);
