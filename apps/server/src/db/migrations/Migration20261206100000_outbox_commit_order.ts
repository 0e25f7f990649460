import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox is read in the order its transactions ended (modules/events/outbox-dispatcher.ts): each
 * event carries its transaction's id, a round reads only events of transactions that every snapshot
 * now sees as ended, and a handler's cursor is an exact position (transaction, event id). Nothing can
 * appear behind a cursor any more, so the delivery rows (one per event and handler: two million
 * after a million-customer import) and the cursor's candidate go.
 *
 * Events already in the outbox count as one early transaction ('0', without rewriting the table),
 * in id order; a cursor keeps its id. Events delivered above a handler's cursor when this runs (those
 * of the last round) are delivered to it once more: delivery is at least once.
 */
export class Migration20261206100000_outbox_commit_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table outbox_event add column tx xid8 not null default '0';
alter table outbox_event alter column tx set default pg_current_xact_id();
create index outbox_event_order on outbox_event (tx, id);
drop index outbox_event_id;
drop table outbox_delivery;
alter table outbox_cursor add column last_tx xid8 not null default '0',
  drop column candidate_id, drop column candidate_xmax;
`);
  }
}
