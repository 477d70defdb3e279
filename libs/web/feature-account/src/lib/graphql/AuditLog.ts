import { graphql } from '@forum/web/data-access-graphql';

/** One page of the audit log, newest first; `after` is the previous page's end cursor. */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          action
          targetType
          targetId
          reason
          ipAddress
          createdAt
          actorId
          actor {
            id
            displayName
          }
          changes {
            field
            before
            after
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
