import { graphql } from '@forum/web/data-access-graphql';

export const IdeaRoadmapQuery = graphql(`
  query IdeaRoadmap($productId: ID) {
    ideaRoadmap(productId: $productId) {
      planned {
        id
        ...IdeaCard
      }
      inProgress {
        id
        ...IdeaCard
      }
      shipped {
        id
        ...IdeaCard
      }
    }
  }
`);
