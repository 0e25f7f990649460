import { apollo } from '../apollo';
import { nameInEnglish } from '../common/placeErrors';
import { toHttpError } from '../data-provider/httpError';
import { withoutTypename } from '../data-provider/withoutTypename';
import type { RoleFieldsFragment, RoleInput } from '../gql/graphql';
import {
  CreateRoleMutation,
  DeleteRoleMutation,
  RoleNamesQuery,
  RolesQuery,
  UpdateRoleMutation,
} from './documents';

const INPUTS = ['key', 'name.en', 'name.ru', 'name.fa', 'permissions'];
const accepts = (name: string) => INPUTS.includes(name) || name.startsWith('permissions.');

/** A role as react-admin holds it: its key is its id. */
const record = (r: RoleFieldsFragment) => ({ ...r, id: r.key });

async function allRoles() {
  const { data } = await apollo.query({ query: RolesQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return data.roles.map(record);
}

function roleInput(data: Record<string, unknown>): RoleInput {
  const name = withoutTypename((data.name ?? {}) as RoleInput['name']);
  return {
    name: { en: name.en?.trim() || null, ru: name.ru?.trim() || null, fa: name.fa?.trim() || null },
    permissions: [...((data.permissions as string[] | undefined) ?? [])],
  };
}

async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    // Staff forms and the segment dialog offer the roles by name.
    await apollo.refetchQueries({ include: [RoleNamesQuery] });
    return result;
  } catch (error) {
    throw toHttpError(error, accepts, nameInEnglish);
  }
}

/** The workspace's roles as a react-admin resource: few, so one request, in the server's order. */
export const roles = {
  async getList() {
    const rows = await allRoles();
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allRoles()).find((r) => r.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  create(data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: CreateRoleMutation,
        variables: { input: { key: String(data.key ?? '').trim(), ...roleInput(data) } },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: record(result.createRole) };
    });
  },

  update(id: string, data: Record<string, unknown>) {
    return write(async () => {
      const { data: result } = await apollo.mutate({
        mutation: UpdateRoleMutation,
        variables: { key: id, input: roleInput(data) },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: record(result.updateRole) };
    });
  },

  delete(id: string) {
    return write(async () => {
      await apollo.mutate({ mutation: DeleteRoleMutation, variables: { key: id } });
      return { data: { id } };
    });
  },
};
