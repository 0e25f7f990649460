import { useQuery } from '@apollo/client/react';
import { usePermissions } from 'react-admin';
import type { GroupFieldsFragment } from '../gql/graphql';
import { GroupsQuery } from './documents';

export type Group = GroupFieldsFragment;

/** The workspace's manual groups, by name, with member counts; asked only of staff who may see loyalty. */
export function useGroups() {
  const { permissions } = usePermissions<string[]>();
  const { data, loading, refetch } = useQuery(GroupsQuery, {
    fetchPolicy: 'cache-and-network',
    skip: !permissions?.includes('loyalty.read'),
  });
  return { groups: data?.groups ?? [], loading, refetch };
}
