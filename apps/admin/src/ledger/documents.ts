import { graphql } from '../gql';

export const CustomerBalancesQuery = graphql(`
  query CustomerBalances($id: ID!) {
    customer(id: $id) {
      id
      balances {
        amount
        value
        currency {
          ...CurrencyFields
        }
      }
    }
  }
`);

export const CustomerLedgerQuery = graphql(`
  query CustomerLedger(
    $id: ID!
    $first: Int!
    $after: String
    $currency: String
    $from: DateTime
    $to: DateTime
  ) {
    customer(id: $id) {
      id
      ledger(first: $first, after: $after, currency: $currency, from: $from, to: $to) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            currency
            amount
            balanceAfter
            expiresAt
            reason
            reasonCode
            reasonParams
            comment
            reversesId
            reversedById
            createdAt
            actor {
              name
              kind
            }
          }
        }
      }
    }
  }
`);

export const AdjustBalanceMutation = graphql(`
  mutation AdjustBalance($input: AdjustBalanceInput!) {
    adjustBalance(input: $input) {
      id
      amount
      balanceAfter
    }
  }
`);

export const ReverseLedgerOperationMutation = graphql(`
  mutation ReverseLedgerOperation($input: ReverseOperationInput!) {
    reverseLedgerOperation(input: $input) {
      id
      amount
      balanceAfter
    }
  }
`);
