import { graphql } from '@forum/web/data-access-graphql';

/** Ideas staff may link the question to, found by the community search. */
export const QuestionIdeaSearchQuery = graphql(`
  query QuestionIdeaSearch($query: String!) {
    search(query: $query, filter: { types: [IDEA] }, first: 8) {
      hits {
        idea {
          id
          title
          status
        }
      }
    }
  }
`);

export const LinkIdeaFromQuestionMutation = graphql(`
  mutation LinkIdeaFromQuestion($input: LinkQuestionInput!) {
    linkQuestionToIdea(input: $input) {
      id
      linkedQuestionCount
    }
  }
`);

export const UnlinkIdeaFromQuestionMutation = graphql(`
  mutation UnlinkIdeaFromQuestion($input: LinkQuestionInput!) {
    unlinkQuestionFromIdea(input: $input) {
      id
      linkedQuestionCount
    }
  }
`);
