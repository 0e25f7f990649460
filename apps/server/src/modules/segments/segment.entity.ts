import { defineEntity, p } from '@mikro-orm/core';
import type { FilterGroupInput } from '../customer-search/filter-input.js';
import { workspaceFilter, workspaceKey } from '../workspaces/workspace-filter.js';

/** A saved question about customers: a filter and search chips, private to its owner or shared (with everyone or chosen roles). */
const SegmentSchema = defineEntity({
  name: 'Segment',
  tableName: 'segment',
  filters: workspaceFilter,
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: workspaceKey(),
    ownerId: p.uuid(),
    name: p.text(),
    shared: p.boolean().default(false),
    /** When shared: the role keys that see it (besides its owner and admins); empty for everyone. */
    sharedWithRoles: p.array<string>().columnType('text[]'),
    filter: p.json<FilterGroupInput>().nullable(),
    search: p.json<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Segment extends SegmentSchema.class {}
SegmentSchema.setClass(Segment);

export { SegmentSchema };
