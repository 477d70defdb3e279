import { graphql } from '@forum/web/data-access-graphql';

export const RecordQuestionViewMutation = graphql(`
  mutation RecordQuestionView($input: RecordQuestionViewInput!) {
    recordQuestionView(input: $input)
  }
`);
