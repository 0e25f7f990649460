import { graphql } from '../gql';

export const BalanceBatchFields = graphql(`
  fragment BalanceBatchFields on BalanceBatch {
    id
    status
    currency
    identifier
    totalLines
    matched
    unmatched
    invalid
    inactive
    wouldGoNegative
    tooLow
    applied
  }
`);

export const BalanceBatchLineFields = graphql(`
  fragment BalanceBatchLineFields on BalanceBatchLine {
    line
    identifier
    amount
    problem
    detail
    detailProblem {
      code
      params
    }
  }
`);

export const PreviewBalanceBatchMutation = graphql(`
  mutation PreviewBalanceBatch($input: BalanceBatchInput!, $first: Int!) {
    previewBalanceBatch(input: $input) {
      ...BalanceBatchFields
      problems(first: $first) {
        ...BalanceBatchLineFields
      }
    }
  }
`);

export const ConfirmBalanceBatchMutation = graphql(`
  mutation ConfirmBalanceBatch($id: ID!) {
    confirmBalanceBatch(id: $id) {
      ...BalanceBatchFields
    }
  }
`);

export const BalanceBatchQuery = graphql(`
  query BalanceBatch($id: ID!) {
    balanceBatch(id: $id) {
      ...BalanceBatchFields
    }
  }
`);

export const BalanceBatchProblemsQuery = graphql(`
  query BalanceBatchProblems($id: ID!, $first: Int!, $afterLine: Int!) {
    balanceBatch(id: $id) {
      id
      problems(first: $first, afterLine: $afterLine) {
        ...BalanceBatchLineFields
      }
    }
  }
`);
