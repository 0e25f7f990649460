import type { Run } from '../../db/prepared-pool.js';
import type { BranchService } from '../branches/branch.service.js';
import { claimBranch, lockBranch } from '../purchases/purchase-branch.js';
import { customersNamed, headerOf } from './history-rows.js';
import type { PreviewRow } from './import.service.js';
import { MATCH_KEY, type Outcome } from './import-classify.js';
import { type ImportRecord, importActor } from './import-record.js';
import type { MappedRow, RowProblem } from './import-rows.js';
import {
  type PurchaseContext,
  purchaseKey,
  readRow,
  refusedByService,
  returnKey,
} from './purchase-import.runner.js';

type Refused = { column: string | null; problem: RowProblem };

/**
 * The first rows of a purchase-history import as the run would take them, nothing written: NEW (a
 * purchase or a return to record), SKIP (already recorded) or INVALID with the reason. A purchase's
 * branch goes through the purchases' own branch rules (purchase-branch.ts, as the import's requester),
 * so a branch the run would refuse is INVALID here too, in the branch column. The purchases service's
 * other checks (money, dates, an inactive customer) are left to the run.
 */
export async function previewPurchases(
  query: Run,
  job: ImportRecord,
  rows: MappedRow[],
  ctx: PurchaseContext,
  branches: BranchService,
): Promise<PreviewRow[]> {
  const ws = job.workspace_id;
  const matchKey = MATCH_KEY[job.match_on];
  const header = headerOf(job);
  const read = rows.map((r) => readRow(r, job, ctx, matchKey, header));
  const customerOf = await customersNamed(
    query,
    ws,
    matchKey,
    read.map((r) => r.match),
  );
  const ids = [...customerOf.values()];
  const recorded = await query<{ idempotency_key: string; customer_id: string; invoice_number: string }>(
    `select idempotency_key, customer_id, invoice_number from purchase
      where workspace_id = ? and (idempotency_key = any(?::text[]) or customer_id = any(?::uuid[]))`,
    [ws, read.map((r) => purchaseKey(job, r)), ids],
  );
  const returned = new Set(
    (
      await query<{ idempotency_key: string }>(
        'select idempotency_key from purchase_return where workspace_id = ? and idempotency_key = any(?::text[])',
        [ws, read.map((r) => returnKey(job, r))],
      )
    ).map((r) => r.idempotency_key),
  );
  const branchRefusals = await refusedBranches(
    query,
    branches,
    job,
    read.filter((r) => !r.problem && !r.isReturn).map((r) => r.branch),
    header,
  );
  const keys = new Set(recorded.map((p) => p.idempotency_key));
  // Invoices each customer has, those recorded and those this preview would record before a return row.
  const invoices = new Set(recorded.map((p) => `${p.customer_id}:${p.invoice_number}`));
  return read.map((r) => {
    const customerId = r.match ? customerOf.get(r.match) : undefined;
    let outcome: Outcome = 'NEW';
    let refused: Refused | null = r.problem;
    let problem: RowProblem | null = refused?.problem ?? null;
    if (problem) outcome = 'INVALID';
    else if (!customerId) {
      outcome = 'INVALID';
      problem = { code: 'IMPORT_ROW_CUSTOMER_UNKNOWN', params: { target: matchKey } };
    } else if (r.isReturn) {
      if (returned.has(returnKey(job, r))) outcome = 'SKIP';
      else if (!r.invoice) {
        outcome = 'INVALID';
        problem = { code: 'IMPORT_ROW_RETURN_NO_INVOICE', params: {} };
      } else if (!invoices.has(`${customerId}:${r.invoice}`)) {
        outcome = 'INVALID';
        problem = { code: 'IMPORT_ROW_RETURN_NO_PURCHASE', params: { invoice: r.invoice } };
      }
    } else if (keys.has(purchaseKey(job, r)) || (r.invoice && invoices.has(`${customerId}:${r.invoice}`)))
      outcome = 'SKIP';
    else if (branchRefusals.has(r.branch)) {
      refused = branchRefusals.get(r.branch) ?? null;
      outcome = 'INVALID';
      problem = refused?.problem ?? null;
    } else {
      keys.add(purchaseKey(job, r));
      if (r.invoice) invoices.add(`${customerId}:${r.invoice}`);
    }
    const value: Record<string, string | null> = {
      customer: r.match,
      amount: r.amount === null ? null : String(r.amount),
      date: r.date?.toISOString() ?? null,
      invoice: r.invoice || null,
      branch: r.branch || null,
      items: r.items.length ? JSON.stringify(r.items) : null,
      isReturn: String(r.isReturn),
    };
    const cells = r.row.cells.map((cell) => {
      const target = job.columns.find((c) => c.index === cell.index)?.target ?? '';
      const bad = refused?.column === cell.header ? refused.problem : null;
      return { ...cell, value: bad ? null : (value[target] ?? null), problem: bad };
    });
    return { line: r.row.line, outcome, problem, cells };
  });
}

/**
 * What the run would say of each branch the purchase rows name (the empty one too: a bound requester's
 * own branch): `claimBranch` and `lockBranch`, the rules `purchases.record` applies, once per text.
 * A branch they accept is left out.
 */
async function refusedBranches(
  query: Run,
  branches: BranchService,
  job: ImportRecord,
  given: string[],
  header: (target: string) => string | null,
): Promise<Map<string, Refused>> {
  const ws = job.workspace_id;
  const actor = importActor(job);
  // The run records with the path ['row']: the refusal names row.branch, the branch column.
  const path = ['row', 'branch'];
  const refusals = new Map<string, Refused>();
  for (const text of new Set(given)) {
    try {
      await lockBranch(branches, query, ws, await claimBranch(branches, ws, actor, text, path), path);
    } catch (error) {
      const refused = refusedByService(error, header);
      if (!refused) throw error;
      refusals.set(text, refused);
    }
  }
  return refusals;
}
