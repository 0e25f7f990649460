import type { Run } from '../../db/prepared-pool.js';
import { toMinor } from '../ledger/amounts.js';
import { customersNamed, headerOf } from './history-rows.js';
import type { PreviewRow } from './import.service.js';
import { MATCH_KEY, type Outcome } from './import-classify.js';
import type { ImportRecord } from './import-record.js';
import type { MappedRow, RowProblem } from './import-rows.js';
import {
  knownKeys,
  type OperationContext,
  type OperationRow,
  operationKey,
  readOperationRow,
} from './operation-import.runner.js';

/**
 * The first rows of a ledger history import as the run would take them, nothing written: NEW (an
 * operation to write), SKIP (written already: its operation id, or this line of this file) or
 * INVALID with the reason on its cell. Balances are followed from today's in the order the run
 * applies the rows, oldest first (ties in file order), so a row that would take one below zero is
 * INVALID with the ledger's BALANCE_TOO_LOW, as the run would say (of these rows: later ones of the
 * file may come before them in time). `outOfDateOrder`: the rows are not oldest first.
 */
export async function previewOperations(
  query: Run,
  job: ImportRecord,
  rows: MappedRow[],
  ctx: OperationContext,
): Promise<{ rows: PreviewRow[]; outOfDateOrder: boolean }> {
  const ws = job.workspace_id;
  const matchKey = MATCH_KEY[job.match_on];
  const header = headerOf(job);
  const read = rows.map((r) => readOperationRow(r, job, ctx, matchKey, header));
  const customerOf = await customersNamed(
    query,
    ws,
    matchKey,
    read.map((r) => r.match),
  );
  const keys = await knownKeys(
    query,
    ws,
    read.map((r) => operationKey(job, r)),
  );
  const balances = new Map(
    (
      await query<{ customer_id: string; currency_id: string; amount: string }>(
        'select customer_id, currency_id, amount from balance where workspace_id = ? and customer_id = any(?::uuid[])',
        [ws, [...customerOf.values()]],
      )
    ).map((b) => [`${b.customer_id}:${b.currency_id}`, Number(b.amount)]),
  );
  const time = (r: OperationRow) => r.date?.getTime() ?? Number.POSITIVE_INFINITY;
  const byDate = [...read].sort((a, b) => time(a) - time(b) || a.row.line - b.row.line);
  const outcomes = new Map<OperationRow, { outcome: Outcome; refused: OperationRow['problem'] }>();
  for (const r of byDate) {
    const customerId = r.match ? customerOf.get(r.match) : undefined;
    const key = operationKey(job, r);
    let outcome: Outcome = 'NEW';
    let refused = r.problem;
    if (!refused && keys.has(key)) outcome = 'SKIP';
    else if (!refused && !customerId)
      refused = {
        column: header('customer'),
        problem: { code: 'IMPORT_ROW_CUSTOMER_UNKNOWN', params: { target: matchKey } },
      };
    else if (!refused && customerId && r.currency && r.amount !== null) {
      const account = `${customerId}:${r.currency.id}`;
      const before = balances.get(account) ?? 0;
      const minor = toMinor(r.amount, r.currency.decimals, []);
      const unit = 10 ** r.currency.decimals;
      if (before + minor < 0)
        refused = {
          column: header('amount'),
          problem: {
            code: 'BALANCE_TOO_LOW',
            params: { available: before / unit, currency: r.currency.key, asked: -minor / unit },
          },
        };
      else {
        balances.set(account, before + minor);
        keys.add(key);
      }
    }
    if (refused) outcome = 'INVALID';
    outcomes.set(r, { outcome, refused });
  }
  const previewed = read.map((r) => {
    const { outcome, refused } = outcomes.get(r) ?? { outcome: 'INVALID', refused: r.problem };
    const value: Record<string, string | null> = {
      customer: r.match,
      currency: r.currency?.key ?? null,
      amount: r.amount === null ? null : String(r.amount),
      date: r.date?.toISOString() ?? null,
      expiresAt: r.expiresAt?.toISOString() ?? null,
      reason: r.reason || null,
      comment: r.comment || null,
      operationId: r.operationId || null,
    };
    const cells = r.row.cells.map((cell) => {
      const target = job.columns.find((c) => c.index === cell.index)?.target ?? '';
      const bad: RowProblem | null = refused?.column === cell.header ? refused.problem : null;
      return { ...cell, value: bad ? null : (value[target] ?? null), problem: bad };
    });
    return { line: r.row.line, outcome, problem: refused?.problem ?? null, cells };
  });
  const dated = read.flatMap((r) => (r.date ? [r.date.getTime()] : []));
  return { rows: previewed, outOfDateOrder: dated.some((t, i) => i > 0 && t < (dated[i - 1] ?? t)) };
}
