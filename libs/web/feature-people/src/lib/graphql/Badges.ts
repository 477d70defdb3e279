import { graphql } from '@forum/web/data-access-graphql';

/** The catalog with who earned each badge most recently. */
export const BadgesQuery = graphql(`
  query Badges {
    badges {
      key
      revocable
      name {
        en
        de
      }
      levels {
        tier
        threshold
        holderCount
        description {
          en
          de
        }
      }
      recentAwards(first: 12) {
        id
        tier
        awardedAt
        user {
          id
          displayName
          isDeleted
        }
        product {
          id
          name
        }
      }
    }
  }
`);
