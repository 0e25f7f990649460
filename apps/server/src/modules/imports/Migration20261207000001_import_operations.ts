import { Migration } from '@mikro-orm/migrations';

/** A third kind of import: points and balance history (ledger operations with their dates). */
export class Migration20261207000001_import_operations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table import drop constraint import_kind_check,
  add constraint import_kind_check check (kind in ('CUSTOMERS','PURCHASES','OPERATIONS'));`);
  }
}
