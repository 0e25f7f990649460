import { Migration } from '@mikro-orm/migrations';

/** A batch can be made for the customers chosen in the list (the bulk bar's "Adjust balance"). */
export class Migration20261205000024_balance_batch_selection extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table balance_batch drop constraint balance_batch_identifier_check;
alter table balance_batch add constraint balance_batch_identifier_check
  check (identifier in ('MOBILE', 'EMAIL', 'CARD_NUMBER', 'CUSTOMER_ID', 'SEGMENT', 'GROUP', 'SELECTION'));
`);
  }
}
