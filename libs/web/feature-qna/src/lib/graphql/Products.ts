import { graphql } from '@forum/web/data-access-graphql';

/** Product areas, for the list filter and the ask form. */
export const ProductsQuery = graphql(`
  query Products {
    products {
      id
      name
      slug
    }
  }
`);
