import { Migration } from '@mikro-orm/migrations';

/**
 * A return may name the lines it takes back: the return keeps them, and the purchase's items keep how
 * much of each has come back. Goods given free (price 0) come back with no money, so such a return's
 * amount may be zero when it names lines.
 */
export class Migration20261207160000_returned_items extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table purchase_return
  add column items jsonb not null default '[]' check (jsonb_typeof(items) = 'array'),
  drop constraint purchase_return_amount_check,
  add constraint purchase_return_amount_check check (amount > 0 or (amount = 0 and items <> '[]'));
`);
  }
}
