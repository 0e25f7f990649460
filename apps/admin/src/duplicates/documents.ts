import { graphql } from '../gql';

export const DuplicateCandidatesQuery = graphql(`
  query DuplicateCandidates($first: Int!, $offset: Int!) {
    duplicateCandidates(first: $first, offset: $offset) {
      totalCount
      refreshedAt
      counts {
        reason
        count
      }
      groups {
        reason
        key
        score
        customers {
          id
          displayName
          firstName
          lastName
          mobile
          email
          attributes
          createdAt
        }
      }
    }
  }
`);

export const MergePreviewQuery = graphql(`
  query MergePreview($mainCustomerId: ID!, $mergedCustomerId: ID!) {
    mergePreview(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {
      purchases
      history
      tags
      groups
      referrals
      children
      balances {
        currency
        amount
      }
    }
  }
`);

export const MergeCustomersMutation = graphql(`
  mutation MergeCustomers($mainCustomerId: ID!, $mergedCustomerId: ID!) {
    mergeCustomers(mainCustomerId: $mainCustomerId, mergedCustomerId: $mergedCustomerId) {
      id
      mainCustomerId
      mergedCustomerId
      undoUntil
    }
  }
`);

export const UnmergeCustomerMutation = graphql(`
  mutation UnmergeCustomer($customerId: ID!) {
    unmergeCustomer(customerId: $customerId) {
      id
      mainCustomerId
      mergedCustomerId
    }
  }
`);

export const CustomerProfilesQuery = graphql(`
  query CustomerProfiles($id: ID!) {
    customer(id: $id) {
      id
      mainCustomerId
      sources {
        customerId
        source
        subSource
        arrivedAt
        first
        child
      }
      childProfiles {
        id
        displayName
        mobile
        email
        createdAt
      }
      merge {
        id
        mainCustomerId
        mergedAt
        undoUntil
      }
    }
  }
`);

export const MergeSearchQuery = graphql(`
  query MergeSearch($search: [String!]) {
    customers(first: 6, search: $search) {
      edges {
        node {
          id
          displayName
          firstName
          lastName
          mobile
          email
          attributes
          createdAt
        }
      }
    }
  }
`);
