import { graphql } from '../../gql';

/** What the card's header shows beyond the record: tier and balances, for roles that read loyalty. */
export const CustomerHeaderQuery = graphql(`
  query CustomerHeader($id: ID!, $withLoyalty: Boolean!) {
    customer(id: $id) {
      id
      verification {
        status
      }
      tier @include(if: $withLoyalty) {
        tier {
          id
          key
          name {
            en
            ru
            fa
          }
        }
      }
      balances @include(if: $withLoyalty) {
        amount
        currency {
          key
          name {
            en
            ru
            fa
          }
          decimals
          position
        }
      }
    }
  }
`);

/** The card's panel of lost cards, newest first. */
export const CustomerLostCardsQuery = graphql(`
  query CustomerLostCards($id: ID!) {
    customer(id: $id) {
      id
      lostCards {
        cardNumber
        reportedAt
        reason
        reportedBy
      }
    }
  }
`);

export const ReportLostCardMutation = graphql(`
  mutation ReportLostCard($customerId: ID!, $newCardNumber: String!, $reason: String) {
    reportLostCard(customerId: $customerId, newCardNumber: $newCardNumber, reason: $reason) {
      id
      cardNumber
      attributes
      lostCards {
        cardNumber
        reportedAt
        reason
        reportedBy
      }
    }
  }
`);
