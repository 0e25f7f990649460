import { graphql } from '../gql';

export const SegmentFields = graphql(`
  fragment SegmentFields on Segment {
    id
    name
    shared
    sharedWithRoles
    canEdit
    filter
    search
    memberCount
    owner {
      id
      name
    }
  }
`);

export const SegmentsQuery = graphql(`
  query Segments {
    segments {
      ...SegmentFields
    }
  }
`);

export const CreateSegmentMutation = graphql(`
  mutation CreateSegment($input: SegmentInput!) {
    createSegment(input: $input) {
      ...SegmentFields
    }
  }
`);

export const UpdateSegmentMutation = graphql(`
  mutation UpdateSegment($id: ID!, $input: SegmentInput!) {
    updateSegment(id: $id, input: $input) {
      ...SegmentFields
    }
  }
`);

export const DeleteSegmentMutation = graphql(`
  mutation DeleteSegment($id: ID!) {
    deleteSegment(id: $id)
  }
`);
