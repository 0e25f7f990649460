import { defineEntity, p } from '@mikro-orm/core';
import type { FieldChange } from '@patron/sdk';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

/** A history event type's name, e.g. TIER_CHANGED: modules declare theirs (historyEventTypes). */
export type HistoryEventType = string;

const HistoryEventSchema = defineEntity({
  name: 'HistoryEvent',
  tableName: 'history_event',
  filters: workspaceFilter,
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    workspaceId: workspaceKey(),
    customerId: p.uuid(),
    type: p.text(),
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
