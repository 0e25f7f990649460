// What the signed-in account page sends (its profile's in profileDocuments.ts).
import { graphql } from '../gql';

export const SignOutMutation = graphql(`
  mutation CustomerSignOut {
    customerSignOut
  }
`);

export const MyOperationsQuery = graphql(`
  query MyOperations($first: Int!, $after: String) {
    myOperations(first: $first, after: $after) {
      edges {
        node {
          id
          currency
          kind
          amount
          reason
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyPurchasesQuery = graphql(`
  query MyPurchases($first: Int!, $after: String) {
    myPurchases(first: $first, after: $after) {
      edges {
        node {
          id
          invoiceNumber
          amount
          paidAmount
          purchasedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyRequestsQuery = graphql(`
  query MyRequests {
    myRequests {
      id
      subject
      text
      status
      answer
      answeredAt
      createdAt
    }
  }
`);

export const SendRequestMutation = graphql(`
  mutation SendRequest($subject: String!, $text: String!) {
    sendRequest(subject: $subject, text: $text) {
      id
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyAccountPassword($currentPassword: String!, $newPassword: String!) {
    changeMyAccountPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const MyNewsQuery = graphql(`
  query MyNews($first: Int!, $after: String, $language: Locale) {
    myNews(first: $first, after: $after, language: $language) {
      edges {
        node {
          id
          language
          title
          body
          publishedAt
          pinned
          read
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myUnreadNewsCount
  }
`);

export const MarkMyNewsReadMutation = graphql(`
  mutation MarkMyNewsRead($id: ID!) {
    markMyNewsRead(id: $id)
  }
`);

export const MyPushKeyQuery = graphql(`
  query MyPushKey {
    myPushKey
  }
`);

export const SubscribeMyPushMutation = graphql(`
  mutation SubscribeMyPush($input: MyPushSubscriptionInput!) {
    subscribeMyPush(input: $input)
  }
`);

export const UnsubscribeMyPushMutation = graphql(`
  mutation UnsubscribeMyPush($endpoint: String!) {
    unsubscribeMyPush(endpoint: $endpoint)
  }
`);
