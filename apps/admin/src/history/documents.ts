import { graphql } from '../gql';

export const CustomerHistoryQuery = graphql(`
  query CustomerHistory(
    $id: ID!
    $first: Int!
    $after: String
    $types: [HistoryEventType!]
    $from: DateTime
    $to: DateTime
  ) {
    customer(id: $id) {
      id
      history(first: $first, after: $after, types: $types, from: $from, to: $to) {
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
              erased
            }
          }
        }
      }
    }
  }
`);
