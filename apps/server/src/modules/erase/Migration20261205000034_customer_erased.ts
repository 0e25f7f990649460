import { Migration } from '@mikro-orm/migrations';

/** A customer whose personal data was erased keeps its row (ledger, purchases) with status ERASED. */
export class Migration20261205000034_customer_erased extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table customer drop constraint customer_status_check;
alter table customer add constraint customer_status_check check (status in ('ACTIVE', 'INACTIVE', 'ERASED'));
`);
  }
}
