import { apollo } from '../apollo';
import {
  ActiveBranchesQuery,
  AllBranchesQuery,
  CreateBranchMutation,
  DeleteBranchMutation,
  SetBranchActiveMutation,
  UpdateBranchMutation,
} from './documents';

async function allBranches() {
  const { data } = await apollo.query({ query: AllBranchesQuery, fetchPolicy: 'network-only' });
  if (!data) throw new Error('ra.notification.http_error');
  return data.branches;
}

const text = (value: unknown) => String(value ?? '').trim() || null;

const input = (data: Record<string, unknown>, withCode: boolean) => {
  const name = (data.name ?? {}) as Record<string, unknown>;
  return {
    ...(withCode ? { code: String(data.code ?? '').trim() } : {}),
    name: { en: text(name.en), ru: text(name.ru), fa: text(name.fa) },
    address: String(data.address ?? '').trim(),
  };
};

/** Branches as a react-admin resource: a workspace has few, so the list is one request, by code. */
export const branches = {
  async getList() {
    const rows = [...(await allBranches())];
    return { data: rows, total: rows.length };
  },

  async getOne(id: string) {
    const found = (await allBranches()).find((b) => b.id === id);
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return { data: found };
  },

  async create(data: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: CreateBranchMutation,
      variables: { input: input(data, true) },
      refetchQueries: [ActiveBranchesQuery],
    });
    if (!result) throw new Error('ra.notification.http_error');
    let branch = result.createBranch;
    if (data.active === false) {
      const { data: closed } = await apollo.mutate({
        mutation: SetBranchActiveMutation,
        variables: { id: branch.id, active: false },
      });
      if (closed) branch = closed.setBranchActive;
    }
    return { data: { ...branch, staffCount: 0 } };
  },

  async update(id: string, data: Record<string, unknown>, previous: Record<string, unknown>) {
    const { data: result } = await apollo.mutate({
      mutation: UpdateBranchMutation,
      variables: { id, input: input(data, false) },
    });
    if (!result) throw new Error('ra.notification.http_error');
    let branch = result.updateBranch;
    if (Boolean(data.active) !== Boolean(previous.active)) {
      const { data: toggled } = await apollo.mutate({
        mutation: SetBranchActiveMutation,
        variables: { id, active: Boolean(data.active) },
      });
      if (toggled) branch = toggled.setBranchActive;
    }
    await apollo.refetchQueries({ include: [ActiveBranchesQuery] });
    return { data: { ...previous, ...branch } };
  },

  async delete(id: string) {
    await apollo.mutate({
      mutation: DeleteBranchMutation,
      variables: { id },
      refetchQueries: [ActiveBranchesQuery],
    });
    return { data: { id } };
  },
};
