import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { apollo } from '../apollo';
import { policyAfterSignIn } from '../customers/signInAnswers';
import type { SegmentFieldsFragment } from '../gql/graphql';
import { SegmentsQuery } from './documents';

export type Segment = SegmentFieldsFragment;

/** Own segments and everyone's shared ones, with live member counts. */
export function useSegments() {
  const [fetchPolicy] = useState(() => policyAfterSignIn(SegmentsQuery));
  const { data, loading } = useQuery(SegmentsQuery, { fetchPolicy });
  return { segments: data?.segments ?? [], loading };
}

/** Member counts move with every change to customers; after a bulk action, for instance. */
export function refreshSegments(): void {
  void apollo.refetchQueries({ include: [SegmentsQuery] });
}
