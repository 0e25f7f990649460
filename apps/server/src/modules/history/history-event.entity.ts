import { defineEntity, p } from '@mikro-orm/core';
import type { FieldChange } from '@patron/sdk';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

export const HISTORY_EVENT_TYPES = [
  'CUSTOMER_CREATED',
  'CUSTOMER_UPDATED',
  'CUSTOMER_ACTIVATED',
  'CUSTOMER_DEACTIVATED',
  'CUSTOMER_DELETED',
  'CUSTOMER_TAGGED',
  'BALANCE_CHANGED',
  'PURCHASE_RECORDED',
  'PURCHASE_RETURNED',
  'TIER_CHANGED',
  'GROUPS_CHANGED',
  'RFM_CHANGED',
  'REFERRAL_RECORDED',
] as const;
export type HistoryEventType = (typeof HISTORY_EVENT_TYPES)[number];

const HistoryEventSchema = defineEntity({
  name: 'HistoryEvent',
  tableName: 'history_event',
  filters: workspaceFilter,
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    workspaceId: workspaceKey(),
    customerId: p.uuid(),
    type: p.enum(HISTORY_EVENT_TYPES),
    actorKind: p.text(),
    actorId: p.text().nullable(),
    actorName: p.text(),
    occurredAt: p.datetime().onCreate(() => new Date()),
    changes: p.json<FieldChange[]>(),
  },
});

export class HistoryEvent extends HistoryEventSchema.class {}
HistoryEventSchema.setClass(HistoryEvent);

export { HistoryEventSchema };
