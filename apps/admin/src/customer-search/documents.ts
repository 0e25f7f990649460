import { graphql } from '../gql';

/** Counted apart from the page, so the first page never waits for an exact count. */
export const CustomerCountQuery = graphql(`
  query CustomerCount($search: [String!], $filter: CustomerFilter, $segmentId: ID) {
    customerCount(search: $search, filter: $filter, segmentId: $segmentId)
  }
`);
