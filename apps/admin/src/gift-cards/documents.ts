import { graphql } from '../gql';

export const GiftCardFields = graphql(`
  fragment GiftCardFields on GiftCard {
    id
    code
    status
    value
    currency
    redeemBy
    note
    batchId
    batchNumber
    blocked
    redeemedAt
    redeemedCustomerId
    redeemedByName
  }
`);

/** The Gift cards screen: a page of cards, newest batch first, with the filters in force. */
export const GiftCardsQuery = graphql(`
  query GiftCards($offset: Int!, $first: Int!, $status: GiftCardStatus, $batchId: ID, $code: String) {
    giftCards(offset: $offset, first: $first, status: $status, batchId: $batchId, code: $code) {
      totalCount
      nodes {
        ...GiftCardFields
      }
    }
  }
`);

export const GiftCardBatchesQuery = graphql(`
  query GiftCardBatches {
    giftCardBatches {
      id
      number
      currency
      value
      redeemBy
      note
      cardCount
      redeemedCount
      createdAt
    }
  }
`);

/** A batch with its codes, for the printer's CSV. */
export const GiftCardBatchCodesQuery = graphql(`
  query GiftCardBatchCodes($id: ID!) {
    giftCardBatch(id: $id) {
      id
      number
      currency
      value
      redeemBy
      note
      codes
    }
  }
`);

export const IssueGiftCardsMutation = graphql(`
  mutation IssueGiftCards($input: IssueGiftCardsInput!) {
    issueGiftCards(input: $input) {
      id
      number
      cardCount
    }
  }
`);

export const SetGiftCardBlockedMutation = graphql(`
  mutation SetGiftCardBlocked($id: ID!, $blocked: Boolean!) {
    setGiftCardBlocked(id: $id, blocked: $blocked) {
      ...GiftCardFields
    }
  }
`);

export const RedeemGiftCardMutation = graphql(`
  mutation RedeemGiftCard($customerId: ID!, $code: String!) {
    redeemGiftCard(customerId: $customerId, code: $code) {
      ...GiftCardFields
    }
  }
`);
