import { Migration } from '@mikro-orm/migrations';

/** An attribute's format: a rule a module adds on top of the attribute's type (a national code on text). */
export class Migration20261208090000_attribute_format extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table attribute_definition add column format text;');
  }
}
