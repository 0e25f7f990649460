import { useQuery } from '@apollo/client/react';
import { apollo } from '../apollo';
import type { SegmentFieldsFragment } from '../gql/graphql';
import { SegmentsQuery } from './documents';

export type Segment = SegmentFieldsFragment;

/** Own segments and everyone's shared ones, with live member counts. */
export function useSegments() {
  const { data, loading } = useQuery(SegmentsQuery, { fetchPolicy: 'cache-and-network' });
  return { segments: data?.segments ?? [], loading };
}

/** Member counts move with every change to customers; after a bulk action, for instance. */
export function refreshSegments(): void {
  void apollo.refetchQueries({ include: [SegmentsQuery] });
}
