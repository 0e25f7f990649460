import { defineEntity, p } from '@mikro-orm/core';
import type { LocalizedText } from '@patron/sdk';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

/** A balance a workspace keeps for its customers (XP, Coins, Credit…). Amounts are stored in minor units. */
const CurrencySchema = defineEntity({
  name: 'Currency',
  tableName: 'currency',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    key: p.text(),
    name: p.json<LocalizedText>(),
    /** Digits after the point: 0 for points, 2 for money. Fixed once the currency exists. */
    decimals: p.smallint(),
    /** What one unit is worth in the workspace's money. */
    unitValue: p.decimal('number').precision(20).scale(4),
    /** XP is earned and never spent; Coins and Credit can be spent. */
    spendable: p.boolean(),
    position: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Currency extends CurrencySchema.class {}
CurrencySchema.setClass(Currency);

export { CurrencySchema };
