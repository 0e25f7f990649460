/**
 * A warning when the database classifies characters as plain C: its trigram index then takes only
 * ASCII letters and digits as words, so a quick search in Persian or Cyrillic reads every customer.
 * Clusters made by Patron use C.UTF-8; a database's LC_CTYPE is fixed when it is created.
 */
export async function searchLocaleWarning(
  query: (sql: string) => Promise<{ ctype: string }[]>,
): Promise<string | null> {
  const [row] = await query('select datctype as ctype from pg_database where datname = current_database()');
  if (!row || !['C', 'POSIX'].includes(row.ctype)) return null;
  return `this database's LC_CTYPE is ${row.ctype}: the quick search's index skips Persian and Cyrillic words, so such searches read every customer. Create the database with LC_CTYPE 'C.UTF-8' (or another UTF-8 locale) and restore into it to have them indexed.`;
}
