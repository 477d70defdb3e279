import { graphql } from '@forum/web/data-access-graphql';

export const SimilarIdeasQuery = graphql(`
  query SimilarIdeas($title: String!, $productId: ID) {
    similarIdeas(title: $title, productId: $productId) {
      id
      title
      status
      voteCount
    }
  }
`);
