import { Migration } from '@mikro-orm/migrations';

/** A shared segment can be shared with chosen roles only (empty: the whole workspace). */
export class Migration20261205000012_segment_sharing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table segment add column shared_with_roles text[] not null default '{}';`);
  }
}
