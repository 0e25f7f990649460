import { graphql } from '../gql';

export const MyUnreadNotificationCountQuery = graphql(`
  query MyUnreadNotificationCount {
    myUnreadNotificationCount
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!) {
    myNotifications(first: $first) {
      edges {
        node {
          id
          kind
          params
          link
          createdAt
          readAt
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
