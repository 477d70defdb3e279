import { graphql } from '@forum/web/data-access-graphql';

export const AdminProductsQuery = graphql(`
  query AdminProducts {
    products {
      id
      slug
      name
      description
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      slug
      name
      description
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      id
      slug
      name
      description
    }
  }
`);
