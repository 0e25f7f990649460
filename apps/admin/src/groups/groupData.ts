import { apollo } from '../apollo';
import { refreshCustomerFields } from '../customer-search/fields/useCustomerFields';
import { toHttpError } from '../data-provider/httpError';
import type { GroupFieldsFragment } from '../gql/graphql';
import { CreateGroupMutation, DeleteGroupMutation, GroupsQuery, UpdateGroupMutation } from './documents';

export async function allGroups(): Promise<GroupFieldsFragment[]> {
  const { data } = await apollo.query({ query: GroupsQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return data.groups;
}

const accepts = (name: string) => name === 'name' || name === 'description';

async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    // The `groups` filter offers the groups as choices.
    await refreshCustomerFields();
    return result;
  } catch (error) {
    // Refusals under the inputs they name, in the user's language; anything else as the notification.
    throw toHttpError(error, accepts);
  }
}

const input = (data: Record<string, unknown>) => ({
  name: String(data.name ?? '').trim(),
  description: String(data.description ?? '').trim(),
});

/** Manual groups as a react-admin resource: few, so one request, by name (the server's order). */
export const groups = {
  async getList() {
    const rows = await allGroups();
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allGroups()).find((g) => g.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  create(data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: CreateGroupMutation,
        variables: { input: input(data) },
        refetchQueries: [GroupsQuery],
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: result.createGroup };
    });
  },

  update(id: string, data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: UpdateGroupMutation,
        variables: { id, input: input(data) },
        refetchQueries: [GroupsQuery],
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: result.updateGroup };
    });
  },

  delete(id: string) {
    return write(async () => {
      await apollo.mutate({
        mutation: DeleteGroupMutation,
        variables: { id },
        refetchQueries: [GroupsQuery],
      });
      return { data: { id } };
    });
  },
};
