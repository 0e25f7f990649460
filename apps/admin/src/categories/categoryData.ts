import { apollo } from '../apollo';
import { refreshCustomerFields } from '../customer-search/fields/useCustomerFields';
import {
  CategoriesQuery,
  CategoriesWithCountsQuery,
  CreateCategoryMutation,
  DeleteCategoryMutation,
  UpdateCategoryMutation,
} from './documents';

async function allCategories() {
  const { data } = await apollo.query({ query: CategoriesWithCountsQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return data.categories;
}

const input = (data: Record<string, unknown>) => ({
  name: String(data.name ?? '').trim(),
  color: String(data.color ?? '#607d8b'),
});

/** Categories as a react-admin resource: a workspace has few, so the list is one request, by name. */
export const categories = {
  async getList() {
    const rows = [...(await allCategories())];
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allCategories()).find((c) => c.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  async create(data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: CreateCategoryMutation,
      variables: { input: input(data) },
      refetchQueries: [CategoriesQuery],
    });
    if (!result) throw new Error('ra.notification.http_error');
    // The filter builder and the list's column offer categories as choices.
    await refreshCustomerFields();
    return { data: { ...result.createCategory, customerCount: 0 } };
  },

  async update(id: string, data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: UpdateCategoryMutation,
      variables: { id, input: input(data) },
      refetchQueries: [CategoriesQuery],
    });
    if (!result) throw new Error('ra.notification.http_error');
    await refreshCustomerFields();
    return { data: result.updateCategory };
  },

  async delete(id: string) {
    await apollo.mutate({
      mutation: DeleteCategoryMutation,
      variables: { id },
      refetchQueries: [CategoriesQuery],
    });
    await refreshCustomerFields();
    return { data: { id } };
  },
};
