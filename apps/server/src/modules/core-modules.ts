import { defineModule, type PatronModule } from '@patron/sdk';
import { AttributeResolver } from './attributes/attribute.resolver.js';
import { AttributeDefinitionSchema } from './attributes/attribute-definition.entity.js';
import { AttributeGroupSchema } from './attributes/attribute-group.entity.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { corePermissions } from './auth/core-permissions.js';
import { StaffSchema } from './auth/staff.entity.js';
import { StaffSessionSchema } from './auth/staff-session.entity.js';
import { CustomerSchema } from './customers/customer.entity.js';
import { CustomerResolver } from './customers/customer.resolver.js';
import { OutboxEventSchema } from './events/outbox-event.entity.js';
import { CustomerHistoryResolver } from './history/history.resolver.js';
import { HistoryEventSchema } from './history/history-event.entity.js';
import { WorkspaceSchema } from './workspaces/workspace.entity.js';

/** The core domains, registered through the same interface plugins use. */
export const coreModules: PatronModule[] = [
  defineModule({
    name: 'auth',
    entities: [WorkspaceSchema, StaffSchema, StaffSessionSchema],
    resolvers: [AuthResolver],
    permissions: corePermissions,
  }),
  defineModule({
    name: 'attributes',
    entities: [AttributeDefinitionSchema, AttributeGroupSchema],
    resolvers: [AttributeResolver],
  }),
  defineModule({ name: 'customers', entities: [CustomerSchema], resolvers: [CustomerResolver] }),
  defineModule({
    name: 'history',
    entities: [HistoryEventSchema, OutboxEventSchema],
    resolvers: [CustomerHistoryResolver],
  }),
];
