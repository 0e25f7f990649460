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

export const CustomerQuery = graphql(`
  query Customer($id: ID!) {
    customer(id: $id) {
      ...CustomerFields
    }
  }
`);

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      ...CustomerFields
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...CustomerFields
    }
  }
`);

export const DeleteCustomerMutation = graphql(`
  mutation DeleteCustomer($id: ID!) {
    deleteCustomer(id: $id)
  }
`);

export const ActivateCustomerMutation = graphql(`
  mutation ActivateCustomer($id: ID!) {
    activateCustomer(id: $id) {
      id
      status
    }
  }
`);

export const DeactivateCustomerMutation = graphql(`
  mutation DeactivateCustomer($id: ID!) {
    deactivateCustomer(id: $id) {
      id
      status
    }
  }
`);
