import { graphql } from '../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String) {
    auditEvents(first: $first, after: $after) {
      edges {
        node {
          id
          occurredAt
          type
          actor {
            kind
            name
          }
          subject
          details
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
