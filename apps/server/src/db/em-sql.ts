import type { EntityManager } from '@mikro-orm/postgresql';

export interface EmSql {
  execute<T>(sql: string, params: unknown[]): Promise<T>;
}

/** Raw SQL inside the ORM transaction of `em` (outside one, on the pool). */
export function emSql(em: EntityManager): EmSql {
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  return {
    execute: <T>(sql: string, params: unknown[]) =>
      connection.execute(sql, params, 'all', ctx) as unknown as Promise<T>,
  };
}
