import { defineEntity, p } from '@mikro-orm/core';

/** Written in the same transaction as the change; delivered to handlers only after commit. */
const OutboxEventSchema = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    workspaceId: p.uuid(),
    type: p.text(),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class OutboxEvent extends OutboxEventSchema.class {}
OutboxEventSchema.setClass(OutboxEvent);

export { OutboxEventSchema };
