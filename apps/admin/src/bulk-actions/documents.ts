import { graphql } from '../gql';

export const BulkJobFields = graphql(`
  fragment BulkJobFields on BulkJob {
    id
    kind
    status
    total
    processed
    failed
    finishedAt
    problems {
      customerId
      message
      problem {
        code
        params
      }
    }
  }
`);

export const StartBulkActionMutation = graphql(`
  mutation StartBulkAction($selection: CustomerSelection!, $action: BulkActionInput!) {
    startBulkAction(selection: $selection, action: $action) {
      ...BulkJobFields
    }
  }
`);

export const BulkJobQuery = graphql(`
  query BulkJob($id: ID!) {
    bulkJob(id: $id) {
      ...BulkJobFields
    }
  }
`);
