import { graphql } from '../gql';

export const PurchaseFields = graphql(`
  fragment PurchaseFields on Purchase {
    id
    invoiceNumber
    amount
    spentValue
    paidAmount
    branch
    branchInfo {
      code
      name {
        en
        ru
        fa
      }
    }
    paymentStatus
    purchasedAt
    returnedAmount
    items {
      sku
      name
      quantity
      price
      returnedQuantity
    }
    ledger {
      operationId
      customerId
      currency
      role
      amount
    }
    actor {
      kind
      name
    }
  }
`);

export const CustomerPurchasesQuery = graphql(`
  query CustomerPurchases($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      purchaseSummary {
        total
        count
        firstPurchaseAt
        lastPurchaseAt
      }
      purchases(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PurchaseFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const RecordPurchaseMutation = graphql(`
  mutation RecordPurchase($input: RecordPurchaseInput!) {
    recordPurchase(input: $input) {
      ...PurchaseFields
    }
  }
`);

export const ReturnPurchaseMutation = graphql(`
  mutation ReturnPurchase($input: ReturnPurchaseInput!) {
    returnPurchase(input: $input) {
      id
      amount
      shortfall {
        currency
        amount
      }
    }
  }
`);

export const MarkPurchasePaidMutation = graphql(`
  mutation MarkPurchasePaid($id: ID!) {
    markPurchasePaid(purchaseId: $id) {
      ...PurchaseFields
    }
  }
`);
