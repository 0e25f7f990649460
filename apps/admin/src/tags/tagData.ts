import { apollo } from '../apollo';
import { refreshCustomerFields } from '../customer-search/fields/useCustomerFields';
import {
  CreateTagMutation,
  DeleteTagMutation,
  TagsQuery,
  TagsWithCountsQuery,
  UpdateTagMutation,
} from './documents';

async function allTags() {
  const { data } = await apollo.query({ query: TagsWithCountsQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return data.tags;
}

const input = (data: Record<string, unknown>) => ({
  name: String(data.name ?? '').trim(),
  color: String(data.color ?? '#607d8b'),
});

/** Tags as a react-admin resource: a workspace has few, so the list is one request, sorted by name. */
export const tags = {
  async getList() {
    const rows = [...(await allTags())].sort((a, b) => a.name.localeCompare(b.name));
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allTags()).find((t) => t.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  async create(data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: CreateTagMutation,
      variables: { input: input(data) },
      refetchQueries: [TagsQuery],
    });
    if (!result) throw new Error('ra.notification.http_error');
    // The filter builder offers tags as choices.
    await refreshCustomerFields();
    return { data: { ...result.createTag, customerCount: 0 } };
  },

  async update(id: string, data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: UpdateTagMutation,
      variables: { id, input: input(data) },
      refetchQueries: [TagsQuery],
    });
    if (!result) throw new Error('ra.notification.http_error');
    await refreshCustomerFields();
    return { data: result.updateTag };
  },

  async delete(id: string) {
    await apollo.mutate({ mutation: DeleteTagMutation, variables: { id }, refetchQueries: [TagsQuery] });
    await refreshCustomerFields();
    return { data: { id } };
  },
};
