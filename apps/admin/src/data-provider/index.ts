import type { DataProvider, GetListParams } from 'react-admin';
import { customers } from '../customers/customerData';
import { inputOf as mailingInputOf } from '../mailings/mailingForm';
import { guard } from './httpError';

const notSupported = () => Promise.reject(new Error('ra.notification.http_error'));

interface Resource {
  getList(params: GetListParams): Promise<unknown>;
  getOne(id: string): Promise<unknown>;
  create(data: Record<string, unknown>): Promise<unknown>;
  update(id: string, data: Record<string, unknown>, previous: Record<string, unknown>): Promise<unknown>;
  delete?(id: string): Promise<unknown>;
}

// Attributes are retired, never deleted (their values stay in history): they have no delete; nor
// have currencies (operations name them). Every resource but customers (the first screen) loads its
// calls and documents when first used, so the sign-in page does not download them.
const RESOURCES: Record<string, () => Promise<Resource>> = {
  customers: async () => customers,
  attributeDefinitions: async () => (await import('../attributes/attributeData')).attributeDefinitions,
  tags: async () => (await import('../tags/tagData')).tags,
  categories: async () => (await import('../categories/categoryData')).categories,
  relationTypes: async () => (await import('../relations/relationTypeData')).relationTypes,
  currencies: async () => (await import('../currencies/currencyData')).currencies,
  tiers: async () => (await import('../tiers/tierData')).tiers,
  groups: async () => (await import('../groups/groupData')).groups,
  mailings: async () => (await import('../mailings/mailingData')).mailings,
  staff: async () => (await import('../staff/staffData')).staff,
  branches: async () => (await import('../branches/branchData')).branches,
  giftCards: async () => (await import('../gift-cards/giftCardData')).giftCards,
  customerRequests: async () => (await import('../self-service/requestData')).customerRequests,
  newsPosts: async () => (await import('../news/newsData')).newsPosts,
  products: async () => (await import('../products/productData')).products,
  roles: async () => (await import('../roles/roleData')).roles,
  messageTemplates: async () => (await import('../templates/templateData')).messageTemplates,
};

/** A label given in no language is refused as `label`; the form's English label says so. */
const INPUT_OF: Record<string, (name: string) => string> = {
  attributeDefinitions: (name) => (name === 'label' ? 'label.en' : name),
  roles: (name) => (name === 'name' ? 'name.en' : name),
  branches: (name) => (name === 'name' ? 'name.en' : name),
  products: (name) => (name === 'name' ? 'name.en' : name),
  mailings: mailingInputOf,
  newsPosts: (name) => (name === 'title' ? 'title.en' : name),
};

const resource = (name: string): Promise<Resource> => {
  const load = RESOURCES[name];
  if (!load) throw new Error('ra.notification.http_error');
  return load();
};

/**
 * react-admin's data access over the typed GraphQL documents; each resource's calls live with its
 * family (`customers/customerData.ts`, `tiers/tierData.ts`…).
 */
export const dataProvider: DataProvider = {
  getList: (name, params) => guard<unknown>(async () => (await resource(name)).getList(params)) as never,

  getOne: (name, params) =>
    guard<unknown>(async () => (await resource(name)).getOne(String(params.id))) as never,

  getMany: (name, params) =>
    guard<unknown>(async () => ({
      data: await Promise.all(params.ids.map(async (id) => (await dataProvider.getOne(name, { id })).data)),
    })) as never,

  getManyReference: notSupported,

  create: (name, params) =>
    guard<unknown>(async () => (await resource(name)).create(params.data), INPUT_OF[name]) as never,

  update: (name, params) =>
    guard<unknown>(
      async () => (await resource(name)).update(String(params.id), params.data, params.previousData),
      INPUT_OF[name],
    ) as never,

  updateMany: notSupported,

  delete: (name, params) =>
    guard<unknown>(async () => (await resource(name)).delete?.(String(params.id)) ?? notSupported()) as never,

  deleteMany: (name, params) =>
    guard<unknown>(async () => {
      for (const id of params.ids) await dataProvider.delete(name, { id });
      return { data: params.ids };
    }) as never,
};
