import type { DataProvider } from 'react-admin';
import { attributeDefinitions } from './attributeDefinitions';
import { customers } from './customers';
import { guard } from './httpError';

const notSupported = () => Promise.reject(new Error('ra.notification.http_error'));

/** react-admin's data access over the typed GraphQL documents: `customers` and `attributeDefinitions`. */
export const dataProvider: DataProvider = {
  getList: (resource, params) =>
    guard<unknown>(() =>
      resource === 'customers' ? customers.getList(params) : attributeDefinitions.getList(params),
    ) as never,

  getOne: (resource, params) =>
    guard<unknown>(() =>
      resource === 'customers'
        ? customers.getOne(String(params.id))
        : attributeDefinitions.getOne(String(params.id)),
    ) as never,

  getMany: (resource, params) =>
    guard<unknown>(async () => ({
      data: await Promise.all(
        params.ids.map(async (id) => (await dataProvider.getOne(resource, { id })).data),
      ),
    })) as never,

  getManyReference: notSupported,

  create: (resource, params) =>
    guard<unknown>(() =>
      resource === 'customers' ? customers.create(params.data) : attributeDefinitions.create(params.data),
    ) as never,

  update: (resource, params) =>
    guard<unknown>(() =>
      resource === 'customers'
        ? customers.update(String(params.id), params.data, params.previousData)
        : attributeDefinitions.update(String(params.id), params.data),
    ) as never,

  updateMany: notSupported,

  // Attributes are retired, never deleted (their values stay in history).
  delete: (resource, params) =>
    guard<unknown>(() =>
      resource === 'customers' ? customers.delete(String(params.id)) : notSupported(),
    ) as never,

  deleteMany: (resource, params) =>
    guard<unknown>(async () => {
      for (const id of params.ids) await dataProvider.delete(resource, { id });
      return { data: params.ids };
    }) as never,
};
