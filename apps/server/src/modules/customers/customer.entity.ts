import { defineEntity, p } from '@mikro-orm/core';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

export const CUSTOMER_STATUSES = ['ACTIVE', 'INACTIVE', 'ERASED'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** Every attribute value, system and custom, lives in `attributes`; indexed columns are generated from it. */
const CustomerSchema = defineEntity({
  name: 'Customer',
  tableName: 'customer',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    status: p.enum(CUSTOMER_STATUSES).default('ACTIVE'),
    attributes: p.json<Record<string, unknown>>(),
    // Derived from attributes on every write (searchColumns), for filters and quick search.
    folded: p.json<Record<string, string>>(),
    searchText: p.text(),
    tags: p.array<string>().columnType('uuid[]'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
    deletedAt: p.datetime().nullable(),
    // A child profile's main profile (see modules/duplicates); a child also has deletedAt set.
    mainCustomerId: p.uuid().nullable(),
    // Assigned by the database on insert (customer_number_assign); never written by the ORM.
    number: p.integer().nullable(),
  },
});

export class Customer extends CustomerSchema.class {}
CustomerSchema.setClass(Customer);

export { CustomerSchema };
