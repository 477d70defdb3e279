import { graphql } from '@forum/web/data-access-graphql';

export const IdeaProductsQuery = graphql(`
  query IdeaProducts {
    products {
      id
      name
    }
  }
`);
