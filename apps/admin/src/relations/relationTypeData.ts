import { apollo } from '../apollo';
import { toHttpError } from '../data-provider/httpError';
import {
  CreateRelationTypeMutation,
  DeleteRelationTypeMutation,
  RelationTypesQuery,
  RelationTypesWithCountsQuery,
  UpdateRelationTypeMutation,
} from './documents';

type Names = { en?: string | null; ru?: string | null; fa?: string | null } | null | undefined;

const INPUTS = ['key', 'name.en', 'name.ru', 'name.fa', 'inverseName.en', 'inverseName.ru', 'inverseName.fa'];
// A name given in no language is refused as `name`: said under the English name.
const inputOf = (name: string) => (name === 'name' || name === 'inverseName' ? `${name}.en` : name);

async function allTypes() {
  const { data } = await apollo.query({ query: RelationTypesWithCountsQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  // react-admin keys records by id: a type's key is its id.
  return data.relationTypes.map((t) => ({ ...t, id: t.key }));
}

const names = (value: unknown) => {
  const n = (value ?? {}) as Names;
  return { en: n?.en?.trim() || null, ru: n?.ru?.trim() || null, fa: n?.fa?.trim() || null };
};
const input = (data: Record<string, unknown>, creating: boolean) => ({
  ...(creating ? { key: String(data.key ?? '').trim() } : {}),
  name: names(data.name),
  inverseName: names(data.inverseName),
});

async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHttpError(error, (name) => INPUTS.includes(name), inputOf);
  }
}

/** Relation types as a react-admin resource: the shipped four, then the workspace's own. */
export const relationTypes = {
  async getList() {
    const rows = await allTypes();
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allTypes()).find((t) => t.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  create(data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: CreateRelationTypeMutation,
        variables: { input: input(data, true) },
        refetchQueries: [RelationTypesQuery],
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: { ...data, id: result.createRelationType.key } };
    });
  },

  update(id: string, data: Record<string, unknown>) {
    return write(async () => {
      await apollo.mutate({
        mutation: UpdateRelationTypeMutation,
        variables: { key: id, input: input(data, false) },
        refetchQueries: [RelationTypesQuery],
      });
      return { data: { ...data, id } };
    });
  },

  delete(id: string) {
    return write(async () => {
      await apollo.mutate({
        mutation: DeleteRelationTypeMutation,
        variables: { key: id },
        refetchQueries: [RelationTypesQuery],
      });
      return { data: { id } };
    });
  },
};
