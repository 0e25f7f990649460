import type { DataProvider, GetListParams } from 'react-admin';
import { attributeDefinitions } from '../attributes/attributeData';
import { categories } from '../categories/categoryData';
import { currencies } from '../currencies/currencyData';
import { customers } from '../customers/customerData';
import { groups } from '../groups/groupData';
import { mailings } from '../mailings/mailingData';
import { inputOf as mailingInputOf } from '../mailings/mailingForm';
import { relationTypes } from '../relations/relationTypeData';
import { roles } from '../roles/roleData';
import { staff } from '../staff/staffData';
import { tags } from '../tags/tagData';
import { messageTemplates } from '../templates/templateData';
import { tiers } from '../tiers/tierData';
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
// have currencies (operations name them).
const RESOURCES: Record<string, Resource> = {
  customers,
  attributeDefinitions,
  tags,
  categories,
  relationTypes,
  currencies,
  tiers,
  groups,
  mailings,
  staff,
  roles,
  messageTemplates,
};

/** A label given in no language is refused as `label`; the form's English label says so. */
const INPUT_OF: Record<string, (name: string) => string> = {
  attributeDefinitions: (name) => (name === 'label' ? 'label.en' : name),
  roles: (name) => (name === 'name' ? 'name.en' : name),
  mailings: mailingInputOf,
};

const resource = (name: string): Resource => {
  const found = RESOURCES[name];
  if (!found) throw new Error('ra.notification.http_error');
  return found;
};

/**
 * react-admin's data access over the typed GraphQL documents; each resource's calls live with its
 * family (`customers/customerData.ts`, `tiers/tierData.ts`…).
 */
export const dataProvider: DataProvider = {
  getList: (name, params) => guard<unknown>(() => resource(name).getList(params)) as never,

  getOne: (name, params) => guard<unknown>(() => resource(name).getOne(String(params.id))) as never,

  getMany: (name, params) =>
    guard<unknown>(async () => ({
      data: await Promise.all(params.ids.map(async (id) => (await dataProvider.getOne(name, { id })).data)),
    })) as never,

  getManyReference: notSupported,

  create: (name, params) => guard<unknown>(() => resource(name).create(params.data), INPUT_OF[name]) as never,

  update: (name, params) =>
    guard<unknown>(
      () => resource(name).update(String(params.id), params.data, params.previousData),
      INPUT_OF[name],
    ) as never,

  updateMany: notSupported,

  delete: (name, params) =>
    guard<unknown>(() => resource(name).delete?.(String(params.id)) ?? notSupported()) as never,

  deleteMany: (name, params) =>
    guard<unknown>(async () => {
      for (const id of params.ids) await dataProvider.delete(name, { id });
      return { data: params.ids };
    }) as never,
};
