import { graphql } from '@forum/web/data-access-graphql';

/** A public profile: who they are, what they contributed and what they earned. */
export const UserProfileQuery = graphql(`
  query UserProfile($id: ID!) {
    user(id: $id) {
      id
      displayName
      isStaff
      staffTitle
      expertAreas {
        products {
          id
          slug
          name
        }
        tags {
          id
          slug
        }
      }
      isDeleted
      createdAt
      reputation
      # Admins only; null for everyone else.
      trusted
      activity {
        questionCount
        answerCount
        acceptedCount
        products {
          id
          slug
          name
          posts
        }
      }
      badges {
        id
        ...BadgeAwardFields
      }
    }
  }
`);
