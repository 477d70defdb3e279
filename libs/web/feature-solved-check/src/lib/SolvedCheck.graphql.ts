import { graphql } from '@forum/web/data-access-graphql';

export const SolvedCheckQuery = graphql(`
  query SolvedCheck($token: String!) {
    solvedCheck(token: $token) {
      questionId
      questionTitle
      questionSlug
      step
      closed
      acceptedAnswerId
      response
      answers {
        id
        authorName
        excerpt
      }
    }
  }
`);

export const RespondToSolvedCheckMutation = graphql(`
  mutation RespondToSolvedCheck($input: RespondToSolvedCheckInput!) {
    respondToSolvedCheck(input: $input) {
      questionId
      questionTitle
      questionSlug
      step
      closed
      acceptedAnswerId
      response
      answers {
        id
        authorName
        excerpt
      }
    }
  }
`);
