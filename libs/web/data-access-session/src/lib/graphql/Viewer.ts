import { graphql } from '@forum/web/data-access-graphql';

/** The signed-in person (null for visitors), with what the account pages and the header need. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
      emailVerified
      hasPassword
      locale
      timeZone
      role
      isStaff
      staffTitle
    }
  }
`);
