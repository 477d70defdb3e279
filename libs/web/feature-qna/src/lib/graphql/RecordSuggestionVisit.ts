import { graphql } from '@forum/web/data-access-graphql';

/** The asker opened a suggestion from the ask form; counts as deflection if they never post. */
export const RecordSuggestionVisitMutation = graphql(`
  mutation RecordSuggestionVisit($input: RecordSuggestionVisitInput!) {
    recordSuggestionVisit(input: $input)
  }
`);
