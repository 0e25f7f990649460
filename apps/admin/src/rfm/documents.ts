import { graphql } from '../gql';

export const CustomerRfmQuery = graphql(`
  query CustomerRfm($id: ID!) {
    customer(id: $id) {
      id
      purchaseSummary {
        count
      }
      rfm {
        recencyDays
        frequency
        monetary
        r
        f
        m
        segment
        since
        computedAt
        history(first: 20) {
          segment
          from
        }
      }
    }
  }
`);

export const RfmSegmentsQuery = graphql(`
  query RfmSegments {
    rfmSegments {
      segment
      customers
    }
  }
`);

export const RecomputeRfmMutation = graphql(`
  mutation RecomputeRfm {
    recomputeRfm {
      customersScored
      segmentsChanged
      durationMs
    }
  }
`);

export const RfmMovementQuery = graphql(`
  query RfmMovement {
    rfmMovement {
      computedAt
      previousComputedAt
      moves {
        from
        to
        customers
      }
    }
  }
`);
