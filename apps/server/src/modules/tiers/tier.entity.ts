import { defineEntity, p } from '@mikro-orm/core';
import type { LocalizedText } from '@patron/sdk';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

/** A level of the programme (Bronze, Silver, Gold…); position 1 is the lowest. */
const TierSchema = defineEntity({
  name: 'Tier',
  tableName: 'tier',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    key: p.text(),
    name: p.json<LocalizedText>(),
    position: p.integer(),
    /** Thresholds; a tier is reached when every one that is set holds. None set: the entry tier. */
    minPurchaseTotal: p.decimal('number').precision(16).scale(2).nullable(),
    minPurchaseCount: p.integer().nullable(),
    minXp: p.decimal('number').precision(20).scale(4).nullable(),
    /** EarningRules (purchases/earning-rules.ts) for the tier's customers. */
    rules: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Tier extends TierSchema.class {}
TierSchema.setClass(Tier);

export { TierSchema };
