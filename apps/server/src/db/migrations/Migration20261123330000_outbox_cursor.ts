import { Migration } from '@mikro-orm/migrations';

/**
 * Where each event handler stands in the outbox: every event up to last_event_id is delivered to it
 * (or not of a type it takes). Without it each delivery round searched the whole outbox for
 * undelivered events, which grows with every balance change ever made.
 */
export class Migration20261123330000_outbox_cursor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table outbox_cursor (
  handler text primary key,
  last_event_id bigint not null default 0,
  -- The newest event id a round saw, and the snapshot's xmax then: once every transaction below it
  -- has ended, no event below the candidate can still appear, and the cursor may move up to it.
  candidate_id bigint,
  candidate_xmax xid8
);
`);
  }
}
