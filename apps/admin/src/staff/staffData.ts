import { apollo } from '../apollo';
import { toHttpError } from '../data-provider/httpError';
import { CreateStaffMutation, StaffMembersQuery } from './documents';

const INPUTS = ['email', 'name', 'role', 'password', 'branchId'];

async function allStaff() {
  const { data } = await apollo.query({ query: StaffMembersQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return data.staffMembers;
}

/** The workspace's staff as a react-admin resource: few, so one request, by name (the server's order). */
export const staff = {
  async getList() {
    const rows = await allStaff();
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allStaff()).find((s) => s.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  async create(data: Record<string, unknown>) {
    try {
      const { data: result } = await apollo.mutate({
        mutation: CreateStaffMutation,
        variables: {
          input: {
            email: String(data.email ?? '').trim(),
            name: String(data.name ?? '').trim(),
            role: String(data.role ?? ''),
            password: String(data.password ?? ''),
            branchId: data.branchId ? String(data.branchId) : null,
          },
        },
      });
      if (!result) throw new Error('ra.notification.http_error');
      return { data: result.createStaff };
    } catch (error) {
      throw toHttpError(error, (name) => INPUTS.includes(name));
    }
  },

  update(): Promise<never> {
    // Staff change through their own actions (role, status, password), each with its mutation.
    return Promise.reject(new Error('ra.notification.http_error'));
  },
};
