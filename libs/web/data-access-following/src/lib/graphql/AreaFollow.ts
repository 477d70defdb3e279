import { graphql } from '@forum/web/data-access-graphql';

/** Follow state of a tag, for the question list filtered by it. */
export const TagFollowQuery = graphql(`
  query TagFollow($slug: String!) {
    tag(slug: $slug) {
      id
      slug
      viewerFollows
      followerCount
    }
  }
`);

/** Follow state of every product area, for the question list filtered by one. */
export const ProductFollowsQuery = graphql(`
  query ProductFollows {
    products {
      id
      slug
      viewerFollows
      followerCount
    }
  }
`);
