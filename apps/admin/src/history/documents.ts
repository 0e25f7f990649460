import { graphql } from '../gql';

export const CustomerHistoryQuery = graphql(`
  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {
    customer(id: $id) {
      id
      history(first: $first, after: $after, types: $types) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            type
            occurredAt
            actor {
              id
              name
              kind
            }
            changes {
              key
              oldValue
              newValue
            }
          }
        }
      }
    }
  }
`);
