import { Migration } from '@mikro-orm/migrations';

/** The import setting "attach duplicates as child profiles" (off: a row is created or refused as before). */
export class Migration20261205000048_import_attach_duplicates extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table import add column attach_duplicates boolean not null default false;');
  }
}
