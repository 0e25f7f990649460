import { defineModule, type PatronModule } from '@patron/sdk';
import { AttributeResolver } from './attributes/attribute.resolver.js';
import { AttributeDefinitionSchema } from './attributes/attribute-definition.entity.js';
import { AttributeGroupSchema } from './attributes/attribute-group.entity.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { corePermissions } from './auth/core-permissions.js';
import { StaffSchema } from './auth/staff.entity.js';
import { StaffSessionSchema } from './auth/staff-session.entity.js';
import { BulkJobResolver } from './bulk-actions/bulk-job.resolver.js';
import {
  CustomerComputedFieldsResolver,
  CustomerQueryResolver,
} from './customer-search/customer-query.resolver.js';
import { CustomerSchema } from './customers/customer.entity.js';
import { CustomerResolver } from './customers/customer.resolver.js';
import { OutboxEventSchema } from './events/outbox-event.entity.js';
import { groupsModule } from './groups/groups.module.js';
import { CustomerHistoryResolver } from './history/history.resolver.js';
import { HistoryEventSchema } from './history/history-event.entity.js';
import { BalanceBatchResolver } from './ledger/balance-batch.resolver.js';
import { CurrencySchema } from './ledger/currency.entity.js';
import { CurrencyResolver } from './ledger/currency.resolver.js';
import { LedgerResolver } from './ledger/ledger.resolver.js';
import { ledgerPermissions } from './ledger/ledger-permissions.js';
import { ProgrammeResolver } from './purchases/programme.resolver.js';
import { PurchaseResolver } from './purchases/purchase.resolver.js';
import { OPENING_TOTAL_ATTRIBUTE, PURCHASE_FIELDS } from './purchases/purchase-fields.js';
import { purchasePermissions } from './purchases/purchase-permissions.js';
import { rfmModule } from './rfm/rfm.module.js';
import { SegmentSchema } from './segments/segment.entity.js';
import { SegmentResolver } from './segments/segment.resolver.js';
import { TagSchema } from './tags/tag.entity.js';
import { CustomerTagsResolver, TagResolver } from './tags/tag.resolver.js';
import { tiersModule } from './tiers/tiers.module.js';
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
  defineModule({
    name: 'customers',
    entities: [CustomerSchema],
    resolvers: [CustomerResolver, CustomerQueryResolver, CustomerComputedFieldsResolver],
  }),
  defineModule({ name: 'tags', entities: [TagSchema], resolvers: [TagResolver, CustomerTagsResolver] }),
  defineModule({ name: 'segments', entities: [SegmentSchema], resolvers: [SegmentResolver] }),
  defineModule({ name: 'bulk-actions', resolvers: [BulkJobResolver] }),
  defineModule({
    name: 'ledger',
    entities: [CurrencySchema],
    resolvers: [CurrencyResolver, LedgerResolver, BalanceBatchResolver],
    permissions: ledgerPermissions,
  }),
  defineModule({
    name: 'purchases',
    resolvers: [PurchaseResolver, ProgrammeResolver],
    permissions: purchasePermissions,
    attributes: [OPENING_TOTAL_ATTRIBUTE],
    customerFields: PURCHASE_FIELDS,
  }),
  rfmModule,
  tiersModule,
  groupsModule,
  defineModule({
    name: 'history',
    entities: [HistoryEventSchema, OutboxEventSchema],
    resolvers: [CustomerHistoryResolver],
  }),
];
