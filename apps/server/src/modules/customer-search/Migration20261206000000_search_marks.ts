import { Migration } from '@mikro-orm/migrations';

/**
 * The quick search's trigram index reads the marks inside a token (`.`, `@`, `-`, `_`) as letters
 * (searchIndexText in search-document.ts): an email fragment such as `mohammad.re` then has trigrams
 * that only such emails share (`d.r`, `.re`), where before it had the word ends `ad ` and ` re` that a
 * third of the customers share, and the index decoded their whole posting lists (58 ms a search at
 * 1,000,000 customers).
 *
 * The planner's guess of how many customers a fragment keeps (trigram index or sort index) comes
 * from a 400-bucket histogram of the index's expression. The index covers deleted customers too: the
 * planner reads no statistics from a partial index's expression, and expression statistics
 * (CREATE STATISTICS) would be rebuilt, on a 120,000-row sample, by every ANALYZE of a few columns
 * that an import runs (16 s each at 1,000,000 customers, against 3.7 s).
 */
export class Migration20261206000000_search_marks extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index if exists customer_search_trgm;');
    this.addSql(
      `create index customer_search_trgm on customer using gin (translate(search_text, '.@-_', 'ǀǁǂǃ') gin_trgm_ops);`,
    );
    this.addSql('alter index customer_search_trgm alter column 1 set statistics 400;');
    this.addSql('alter table customer alter column search_text set statistics -1;');
    this.addSql('analyze customer;');
  }
}
