import { Migration } from '@mikro-orm/migrations';

/**
 * The tags index without `where deleted_at is null`. The planner treats a second index in a bitmap
 * AND as redundant when its partial-index condition repeats one already used, so with the predicate
 * "tags has any … and created after …" could never combine `customer_tags` with `customer_created`
 * (or an anniversary index, all partial on the same condition): it read every tagged customer's row.
 * Deleted customers are few; the query's own `deleted_at is null` drops them when the rows are read.
 * Built beside the old index and swapped, so lists keep their index while it is made.
 */
export class Migration20261205000051_tags_index_whole extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create index customer_tags_whole on customer using gin (tags);
drop index customer_tags;
alter index customer_tags_whole rename to customer_tags;
`);
  }
}
