import type { DataProvider, GetListParams } from 'react-admin';
import type { CustomerSortField } from '../gql/graphql';
import { apollo } from './apollo';
import { CursorPages } from './cursor-pages';
import {
  AttributeRegistryQuery,
  CreateAttributeMutation,
  CreateCustomerMutation,
  CustomerQuery,
  CustomersQuery,
  DeleteCustomerMutation,
  UpdateAttributeMutation,
  UpdateCustomerMutation,
} from './documents';
import { toHttpError } from './errors';
import { attributesOf, changedAttributes, toCustomerRecord, withoutTypename } from './records';
import { loadRegistry, refreshRegistry } from './registry';

const SORTABLE: Record<string, CustomerSortField> = {
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  firstName: 'FIRST_NAME',
  lastName: 'LAST_NAME',
  mobile: 'MOBILE',
  email: 'EMAIL',
};
export const SORTABLE_CUSTOMER_FIELDS = Object.keys(SORTABLE);

const pages = new CursorPages();

async function customerPage(params: GetListParams) {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const sort = {
    field: SORTABLE[params.sort?.field ?? 'createdAt'] ?? 'CREATED_AT',
    direction: params.sort?.order === 'ASC' ? ('ASC' as const) : ('DESC' as const),
  };
  const search = (params.filter?.q as string | undefined) || null;
  const key = JSON.stringify({ sort, search, perPage });
  const fetchPage = async (n: number, after: string | null) => {
    const { data } = await apollo.query({
      query: CustomersQuery,
      variables: { first: perPage, after, sort, search },
    });
    if (!data) throw new Error('No data');
    pages.remember(key, n, data.customers.pageInfo.endCursor ?? null);
    return data.customers;
  };
  // Pages never seen (a reload on page 3) are reached by walking forward from the nearest known one.
  let known = pages.nearestKnown(key, page);
  while (known < page - 1) {
    known++;
    await fetchPage(known, pages.afterFor(key, known) ?? null);
  }
  const result = await fetchPage(page, pages.afterFor(key, page) ?? null);
  return {
    data: result.edges.map((e) => toCustomerRecord(e.node)),
    total: result.totalCount,
    pageInfo: { hasNextPage: result.pageInfo.hasNextPage, hasPreviousPage: page > 1 },
  };
}

async function attributeKeys(): Promise<string[]> {
  return (await loadRegistry()).map((d) => d.key);
}

const customers = {
  getList: customerPage,
  async getOne(id: string) {
    const { data } = await apollo.query({ query: CustomerQuery, variables: { id } });
    if (!data) throw new Error('No data');
    return { data: toCustomerRecord(data.customer) };
  },
  async create(data: Record<string, unknown>) {
    const attributes = attributesOf(data, await attributeKeys());
    const result = await apollo.mutate({
      mutation: CreateCustomerMutation,
      variables: { input: { attributes } },
    });
    pages.clear();
    return { data: toCustomerRecord(result.data?.createCustomer as never) };
  },
  async update(id: string, data: Record<string, unknown>, previous: Record<string, unknown>) {
    const attributes = changedAttributes(data, previous, await attributeKeys());
    const result = await apollo.mutate({
      mutation: UpdateCustomerMutation,
      variables: { id, input: { attributes } },
    });
    return { data: toCustomerRecord(result.data?.updateCustomer as never) };
  },
  async delete(id: string) {
    await apollo.mutate({ mutation: DeleteCustomerMutation, variables: { id } });
    pages.clear();
    return { data: { id } };
  },
};

const attributeDefinitions = {
  async getList(params: GetListParams) {
    const { data } = await apollo.query({
      query: AttributeRegistryQuery,
      variables: { includeRetired: Boolean(params.filter?.showRetired) },
      fetchPolicy: 'network-only',
    });
    const groups = new Map((data?.attributeGroups ?? []).map((g) => [g.key, g.position]));
    const rows = [...(data?.attributeDefinitions ?? [])].sort(
      (a, b) => (groups.get(a.group) ?? 99) - (groups.get(b.group) ?? 99) || a.position - b.position,
    );
    return { data: rows, total: rows.length };
  },
  async getOne(id: string) {
    const { data } = await apollo.query({
      query: AttributeRegistryQuery,
      variables: { includeRetired: true },
      fetchPolicy: 'network-only',
    });
    const found = data?.attributeDefinitions.find((d) => d.id === id);
    if (!found) throw new Error('Not found');
    return { data: found };
  },
  async create(data: Record<string, unknown>) {
    const input = withoutTypename({
      key: data.key,
      type: data.type,
      label: data.label ?? {},
      group: data.group,
      required: Boolean(data.required),
      unique: Boolean(data.unique),
      shownInList: Boolean(data.shownInList),
      filterable: data.filterable !== false,
      choices: data.choices ?? null,
    }) as never;
    const result = await apollo.mutate({ mutation: CreateAttributeMutation, variables: { input } });
    await refreshRegistry();
    return { data: { ...data, id: result.data?.createAttributeDefinition.id as string } };
  },
  async update(id: string, data: Record<string, unknown>) {
    const input = withoutTypename({
      label: data.label,
      group: data.group,
      required: Boolean(data.required),
      unique: Boolean(data.unique),
      shownInList: Boolean(data.shownInList),
      filterable: Boolean(data.filterable),
      choices: data.type === 'SINGLE_CHOICE' || data.type === 'MULTIPLE_CHOICE' ? data.choices : null,
    }) as never;
    await apollo.mutate({ mutation: UpdateAttributeMutation, variables: { id, input } });
    await refreshRegistry();
    return { data: { ...data, id } };
  },
};

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHttpError(error);
  }
}

const unsupported = (what: string) => () => Promise.reject(new Error(`${what} is not supported`));

/** react-admin's data access over the typed GraphQL documents. */
export const dataProvider: DataProvider = {
  getList: (resource, params) =>
    guard<unknown>(() =>
      resource === 'customers' ? customers.getList(params) : attributeDefinitions.getList(params),
    ) as never,
  getOne: (resource, params) =>
    guard(() =>
      resource === 'customers'
        ? customers.getOne(String(params.id))
        : attributeDefinitions.getOne(String(params.id)),
    ) as never,
  getMany: (resource, params) =>
    guard(async () => ({
      data: await Promise.all(
        params.ids.map(async (id) => (await dataProvider.getOne(resource, { id })).data),
      ),
    })) as never,
  getManyReference: unsupported('getManyReference'),
  create: (resource, params) =>
    guard(() =>
      resource === 'customers' ? customers.create(params.data) : attributeDefinitions.create(params.data),
    ) as never,
  update: (resource, params) =>
    guard(() =>
      resource === 'customers'
        ? customers.update(String(params.id), params.data, params.previousData)
        : attributeDefinitions.update(String(params.id), params.data),
    ) as never,
  updateMany: unsupported('updateMany'),
  delete: (resource, params) =>
    guard(() =>
      resource === 'customers'
        ? customers.delete(String(params.id))
        : Promise.reject(new Error('Retire attributes instead')),
    ) as never,
  deleteMany: (resource, params) =>
    guard(async () => {
      for (const id of params.ids) await dataProvider.delete(resource, { id });
      return { data: params.ids };
    }) as never,
};
