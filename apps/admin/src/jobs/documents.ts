import { graphql } from '../gql';

export const JobRunsQuery = graphql(`
  query JobRuns($first: Int!, $after: String, $state: JobRunState) {
    jobs(first: $first, after: $after, state: $state) {
      edges {
        node {
          id
          job
          state
          ownWorkspace
          attempts
          maxAttempts
          queuedAt
          startedAt
          finishedAt
          progress {
            done
            total
          }
          error
          canCancel
          canRetry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CancelJobMutation = graphql(`
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) {
      id
      state
    }
  }
`);

export const RetryJobMutation = graphql(`
  mutation RetryJob($id: ID!) {
    retryJob(id: $id) {
      id
      state
    }
  }
`);
