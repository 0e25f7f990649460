import { Migration } from '@mikro-orm/migrations';

/**
 * The quick search's trigram index reads the marks inside a token (`.`, `@`, `-`, `_`) as letters
 * (searchIndexText in search-document.ts): an email fragment such as `mohammad.re` then has trigrams
 * that only such emails share (`d.r`, `.re`), where before it had the word ends `ad ` and ` re` that a
 * third of the customers share, and the index decoded their whole posting lists (58 ms a search at
 * 1,000,000 customers). The planner's guess of how many customers a fragment keeps (trigram index or
 * sort index) comes from a 400-bucket histogram of the expression, kept as expression statistics: it
 * reads none from a partial index's expression.
 */
export class Migration20261206000000_search_marks extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index if exists customer_search_trgm;');
    this.addSql(
      `create index customer_search_trgm on customer using gin (translate(search_text, '.@-_', 'ǀǁǂǃ') gin_trgm_ops) where deleted_at is null;`,
    );
    this.addSql(
      `create statistics if not exists customer_search_stat on (translate(search_text, '.@-_', 'ǀǁǂǃ')) from customer;`,
    );
    this.addSql('alter statistics customer_search_stat set statistics 400;');
    this.addSql('alter table customer alter column search_text set statistics -1;');
    this.addSql('analyze customer;');
  }
}
