import { defineEntity, p } from '@mikro-orm/core';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

/** A manual group: staff put any customers in it (customer_group_member); a customer may be in many. */
const CustomerGroupSchema = defineEntity({
  name: 'CustomerGroup',
  tableName: 'customer_group',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    name: p.text(),
    description: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class CustomerGroup extends CustomerGroupSchema.class {}
CustomerGroupSchema.setClass(CustomerGroup);

export { CustomerGroupSchema };
