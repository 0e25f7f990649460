import { useQuery } from '@apollo/client/react';
import { usePermissions } from 'react-admin';
import { MeQuery } from '../auth/documents';
import type { ActiveBranchesQuery as ActiveBranches } from '../gql/graphql';
import { ActiveBranchesQuery } from './documents';

export type Branch = ActiveBranches['branches'][number];

/** The workspace's active branches, by code, for pickers (none without `branches.read`). */
export function useBranches() {
  const { permissions } = usePermissions<string[]>();
  const canRead = Boolean(permissions?.includes('branches.read'));
  const { data, loading } = useQuery(ActiveBranchesQuery, {
    fetchPolicy: 'cache-and-network',
    skip: !canRead,
  });
  return { branches: data?.branches ?? [], loading: canRead && loading };
}

/** The branch the signed-in staff member is bound to (they record purchases there only), or null. */
export function useMyBranch() {
  const { data, loading } = useQuery(MeQuery, { fetchPolicy: 'cache-and-network' });
  return { branch: data?.me?.branch ?? null, loading: loading && !data };
}
