import type { EmSql } from '../../db/em-sql.js';
import type { Run } from '../../db/prepared-pool.js';

/** `audit.record` takes the `execute` of an ORM transaction; this is the pool transaction's. */
export const auditSql = (run: Run): EmSql => ({
  execute: <T>(text: string, params: unknown[]) => run(text, params) as Promise<T>,
});
