import { Migration } from '@mikro-orm/migrations';

/** Role keys whose holders must sign in with two-factor: until they set it up they may do nothing else. */
export class Migration20261207210000_two_factor_required extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table workspace add column two_factor_required_roles text[] not null default '{}';`);
  }
}
