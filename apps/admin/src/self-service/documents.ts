import { graphql } from '../gql';

export const InviteToSelfServiceMutation = graphql(`
  mutation InviteToSelfService($customerId: ID!) {
    inviteCustomerToSelfService(customerId: $customerId) {
      link
      expiresAt
      emailed
    }
  }
`);

export const CustomerRequestFields = graphql(`
  fragment CustomerRequestFields on CustomerRequest {
    id
    customerId
    customerName
    subject
    text
    status
    answer
    answeredAt
    answeredBy {
      name
    }
    createdAt
  }
`);

/** The newest requests, of one status when asked. */
export const CustomerRequestsQuery = graphql(`
  query CustomerRequests($status: CustomerRequestStatus, $first: Int!, $after: String) {
    customerRequests(status: $status, first: $first, after: $after) {
      edges {
        node {
          ...CustomerRequestFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AnswerCustomerRequestMutation = graphql(`
  mutation AnswerCustomerRequest($id: ID!, $text: String!) {
    answerCustomerRequest(id: $id, text: $text) {
      ...CustomerRequestFields
    }
  }
`);

export const CloseCustomerRequestMutation = graphql(`
  mutation CloseCustomerRequest($id: ID!) {
    closeCustomerRequest(id: $id) {
      ...CustomerRequestFields
    }
  }
`);
