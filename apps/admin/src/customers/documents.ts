import { graphql } from '../gql';

export const CustomerFields = graphql(`
  fragment CustomerFields on Customer {
    id
    number
    mainCustomerId
    status
    attributes
    displayName
    createdAt
    updatedAt
    tags {
      id
      name
      color
    }
    category {
      id
      name
      color
    }
  }
`);

export const CustomersQuery = graphql(`
  query Customers(
    $first: Int
    $after: String
    $sort: CustomerSortInput
    $search: [String!]
    $filter: CustomerFilter
    $segmentId: ID
    $computedKeys: [String!]! = []
    $withComputed: Boolean! = false
  ) {
    customers(first: $first, after: $after, sort: $sort, search: $search, filter: $filter, segmentId: $segmentId) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CustomerFields
          # Only when a computed column (a balance, a plugin's field) is shown: its cells read these.
          fieldValues(keys: $computedKeys) @include(if: $withComputed)
        }
      }
    }
  }
`);
