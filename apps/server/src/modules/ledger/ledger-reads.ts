import type { MikroORM } from '@mikro-orm/postgresql';
import { pgArray } from '../../db/sql-array.js';
import { type LedgerKind, type LedgerOperation, type OperationRow, toOperation } from './ledger-operation.js';

export interface OperationPageArgs {
  first: number;
  after?: string | null;
  currency?: string | null;
  kinds?: LedgerKind[] | null;
  from?: Date | null;
  to?: Date | null;
}

/** Balances and operations as they are read: plain SQL over the ledger tables, newest first. */
export class LedgerReads {
  constructor(private readonly orm: MikroORM) {}

  /** Minor-unit balances of many customers at once (a list page asks for all its rows together). */
  async balances(workspaceId: string, customerIds: readonly string[]) {
    const rows = await this.orm.em
      .getConnection()
      .execute<{ customer_id: string; currency_id: string; amount: string }[]>(
        `select customer_id, currency_id, amount from balance
        where workspace_id = ? and customer_id = any(?::uuid[])`,
        [workspaceId, pgArray(customerIds)],
      );
    const byCustomer = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const map = byCustomer.get(r.customer_id) ?? new Map<string, number>();
      map.set(r.currency_id, Number(r.amount));
      byCustomer.set(r.customer_id, map);
    }
    return byCustomer;
  }

  /** A customer's operations, newest first, keyset on id; `from` inclusive, `to` exclusive. */
  async operations(
    workspaceId: string,
    customerId: string,
    args: OperationPageArgs,
  ): Promise<{ rows: LedgerOperation[]; hasNextPage: boolean }> {
    const where = ['o.workspace_id = ?', 'o.customer_id = ?'];
    const params: unknown[] = [workspaceId, customerId];
    const add = (condition: string, value: unknown) => {
      where.push(condition);
      params.push(value);
    };
    if (args.after) add('o.id < ?', args.after);
    if (args.currency) add('c.key = ?', args.currency);
    if (args.kinds?.length) add('o.kind = any(?::text[])', pgArray(args.kinds));
    if (args.from) add('o.created_at >= ?', args.from);
    if (args.to) add('o.created_at < ?', args.to);
    const rows = await this.orm.em.getConnection().execute<OperationRow[]>(
      `select o.*, c.key as currency_key, c.decimals,
              (select r.id from ledger_operation r
                where r.workspace_id = o.workspace_id and r.reverses_id = o.id) as reversed_by_id
         from ledger_operation o join currency c on c.workspace_id = o.workspace_id and c.id = o.currency_id
        where ${where.join(' and ')} order by o.id desc limit ?`,
      [...params, args.first + 1],
    );
    return { rows: rows.slice(0, args.first).map(toOperation), hasNextPage: rows.length > args.first };
  }
}
