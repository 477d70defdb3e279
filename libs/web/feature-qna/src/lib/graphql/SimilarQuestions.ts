import { graphql } from '@forum/web/data-access-graphql';

/** Existing questions like the one being asked, solved ones first. */
export const SimilarQuestionsQuery = graphql(`
  query SimilarQuestions($title: String!, $body: String) {
    similarQuestions(title: $title, body: $body) {
      title {
        text
        match
      }
      question {
        id
        slug
        state
        language
        answerCount
      }
    }
  }
`);
