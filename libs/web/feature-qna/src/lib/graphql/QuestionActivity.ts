import { graphql } from '@forum/web/data-access-graphql';

/** Answers and comments others add to the question on the page. */
export const QuestionActivitySubscription = graphql(`
  subscription QuestionActivity($questionId: ID!) {
    questionActivity(questionId: $questionId) {
      questionId
      kind
      answerIds
      commentIds
      authorId
    }
  }
`);
