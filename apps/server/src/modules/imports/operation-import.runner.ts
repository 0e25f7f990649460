import type { Actor } from '@patron/sdk';
import { parseDecimal } from '../../common/decimal.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import type { Currency } from '../currencies/currency.entity.js';
import { amountProblem } from '../ledger/amounts.js';
import type { LedgerService, OperationRequest } from '../ledger/ledger.service.js';
import { reasonText } from '../ledger/ledger-reasons.js';
import { cellsOf, customersNamed, headerOf, keepClaim } from './history-rows.js';
import { type ChunkProblem, markChunk } from './import-chunk.js';
import { MATCH_KEY } from './import-classify.js';
import { customerMatch } from './import-customer-match.js';
import { parseImportDate } from './import-dates.js';
import { type ImportCounts, type ImportRecord, NO_COUNTS } from './import-record.js';
import type { MappedRow, RowProblem } from './import-rows.js';
import { type PurchaseContext, refusedByService } from './purchase-import.runner.js';

export interface OperationContext extends PurchaseContext {
  currencies: Currency[];
}

type Refused = { column: string | null; problem: RowProblem };

/** A row read as a ledger operation, or the first reason it cannot be one. */
export interface OperationRow {
  row: MappedRow;
  match: string | null;
  currency: Currency | null;
  /** Signed, in units of the currency: + earned or credited, − spent. */
  amount: number | null;
  date: Date | null;
  expiresAt: Date | null;
  reason: string;
  comment: string;
  /** The operation's id in the earlier system: its key, so another file with it adds nothing either. */
  operationId: string;
  problem: Refused | null;
}

/** The ledger's texts are at most this long (ledger.service.ts). */
const MAX_REASON = 500;
const MAX_COMMENT = 2000;
const KEY_PREFIX = 'import-operation:';
/** An idempotency key is at most 200 characters. */
const MAX_OPERATION_ID = 200 - KEY_PREFIX.length;

/** The ledger's refusals name the request's field; the row's column is the target read into it. */
const COLUMN_OF_FIELD: Record<string, string> = {
  currency: 'currency',
  amount: 'amount',
  expiresAt: 'expiresAt',
  occurredAt: 'date',
  reason: 'reason',
  comment: 'comment',
  customerId: 'customer',
};

/**
 * Rows of a ledger history import (kind OPERATIONS, "Points and balance history"), one chunk at a
 * time for ImportRunner. Each row goes through `ledger.applyWithin`, the one way a balance changes, in
 * its own transaction, with the date it happened (`occurredAt`): the ledger's rules hold (never below
 * zero, an earn-only currency is not spent, an expiry only on an addition and in the future), and a
 * refused row writes nothing. The runner hands the chunks over oldest first (operations-by-date.ts)
 * and each chunk's rows are applied in that order, so each operation's balance_after is the balance
 * after the operations before it in time, whatever the file's order.
 */
export class OperationImportRunner {
  constructor(
    private readonly sql: PreparedPool,
    private readonly ledger: LedgerService,
  ) {}

  async applyChunk(job: ImportRecord, actor: Actor, rows: MappedRow[], ctx: OperationContext): Promise<void> {
    const ws = job.workspace_id;
    const header = headerOf(job);
    const matchKey = MATCH_KEY[job.match_on];
    const read = rows.map((r) => readOperationRow(r, job, ctx, matchKey, header));
    const [customerOf, known] = await this.sql.transaction(async (run) => [
      await customersNamed(
        run,
        ws,
        matchKey,
        read.map((r) => r.match),
      ),
      await knownKeys(
        run,
        ws,
        read.map((r) => operationKey(job, r)),
      ),
    ]);
    const counts: ImportCounts = { ...NO_COUNTS, rows: rows.length };
    const problems: ChunkProblem[] = [];
    for (const [i, r] of read.entries()) {
      await keepClaim(this.sql, job, i);
      const key = operationKey(job, r);
      // Already written (this file before a crash or cancel, or another file with the same operation id).
      if (!r.problem && known.has(key)) {
        counts.skipped++;
        continue;
      }
      let refused: Refused | null = r.problem;
      const customerId = r.match ? customerOf.get(r.match) : undefined;
      if (!refused && !customerId)
        refused = {
          column: header('customer'),
          problem: { code: 'IMPORT_ROW_CUSTOMER_UNKNOWN', params: { target: matchKey } },
        };
      if (!refused && customerId) {
        try {
          const result = await this.sql.transaction((run) =>
            this.ledger.applyWithin(run, ws, actor, operationRequest(r, customerId, key), ['row'], {
              existing: true,
            }),
          );
          if ('existing' in result) counts.skipped++;
          else counts.created++;
          known.add(key);
          continue;
        } catch (error) {
          refused = refusedByService(error, header, COLUMN_OF_FIELD);
          if (!refused) throw error;
        }
      }
      if (refused) {
        counts.invalid++;
        problems.push({ row: r.row, column: refused.column, problem: refused.problem });
      }
    }
    await this.sql.transaction((run) => markChunk(run, job, rows, counts, problems));
  }
}

/** The keys of `keys` the workspace's ledger already has. */
export async function knownKeys(run: Run, workspaceId: string, keys: string[]): Promise<Set<string>> {
  const rows = await run<{ idempotency_key: string }>(
    'select idempotency_key from ledger_operation where workspace_id = ? and idempotency_key = any(?::text[])',
    [workspaceId, keys],
  );
  return new Set(rows.map((r) => r.idempotency_key));
}

/** The row's key: its operation id's, so another file with the same ids adds nothing; else the file's line. */
export function operationKey(job: ImportRecord, r: OperationRow): string {
  return r.operationId
    ? `${KEY_PREFIX}${r.operationId}`
    : `import:${job.content_hash}:${r.row.line}:operation`;
}

/** What the row asks the ledger: an addition earns, a subtraction spends (an earn-only currency refuses it). */
export function operationRequest(
  r: OperationRow,
  customerId: string,
  idempotencyKey: string,
): OperationRequest {
  const amount = r.amount ?? 0;
  return {
    customerId,
    currency: r.currency?.key ?? '',
    amount,
    kind: amount < 0 ? 'SPEND' : 'EARN',
    reason: r.reason || reasonText('IMPORT'),
    comment: r.comment,
    expiresAt: r.expiresAt,
    occurredAt: r.date,
    idempotencyKey,
  };
}

/** A signed amount: `+12.5`, `-3`, `−3` (the minus sign), Persian or Arabic-Indic digits; null when it is not a number. */
export function parseAmount(text: string): number | null {
  return parseDecimal(text.replace(/^\u2212/, '-'));
}

/**
 * The workspace's currencies a cell may name: the one with that key (any case; keys are unique), else
 * every one with that name in en, ru or fa (names are not unique: more than one is for the row to refuse).
 */
export function currenciesNamed(text: string, currencies: Currency[]): Currency[] {
  const folded = text.trim().toLowerCase();
  if (!folded) return [];
  const byKey = currencies.find((c) => c.key.toLowerCase() === folded);
  if (byKey) return [byKey];
  return currencies.filter((c) =>
    [c.name.en, c.name.ru, c.name.fa].some((n) => n?.trim().toLowerCase() === folded),
  );
}

/**
 * The row's cells as the ledger will take them, and the first reason the ledger would refuse it
 * that the row alone shows (amount, date, currency, expiry, texts); the balance is the ledger's to check.
 */
export function readOperationRow(
  row: MappedRow,
  job: ImportRecord,
  ctx: OperationContext,
  matchKey: string,
  header: (target: string) => string | null,
  now = new Date(),
): OperationRow {
  const cell = cellsOf(row, job);
  const out: OperationRow = {
    row,
    match: null,
    currency: null,
    amount: null,
    date: null,
    expiresAt: null,
    reason: cell('reason'),
    comment: cell('comment'),
    operationId: cell('operationId'),
    problem: row.problem ? { column: row.problemColumn ?? null, problem: row.problem } : null,
  };
  const fail = (target: string, code: RowProblem['code'], params: RowProblem['params'] = {}) => {
    out.problem ??= { column: header(target), problem: { code, params } };
  };
  const customer = customerMatch(cell('customer'), matchKey, ctx);
  if ('problem' in customer) out.problem ??= { column: header('customer'), problem: customer.problem };
  else out.match = customer.value;

  const currency = cell('currency');
  const named = currenciesNamed(currency, ctx.currencies);
  out.currency = named.length === 1 ? (named[0] as Currency) : null;
  if (!currency) fail('currency', 'REQUIRED');
  else if (named.length > 1)
    fail('currency', 'CURRENCY_NAME_SHARED', { currency, keys: named.map((c) => c.key).join(', ') });
  else if (!out.currency)
    fail('currency', 'CURRENCY_UNKNOWN', { currency, known: ctx.currencies.map((c) => c.key).join(', ') });

  const amount = cell('amount');
  out.amount = amount ? parseAmount(amount) : null;
  if (!amount) fail('amount', 'REQUIRED');
  else if (out.amount === null) fail('amount', 'NUMBER_FORMAT');
  else if (out.currency) {
    const problem = amountProblem(out.amount, out.currency.decimals, []);
    if (problem) fail('amount', problem.code, problem.params ?? {});
    else if (out.amount < 0 && !out.currency.spendable)
      fail('currency', 'CURRENCY_EARN_ONLY', { currency: out.currency.key });
  }

  const date = cell('date');
  out.date = date ? parseImportDate(date) : null;
  if (!date) fail('date', 'REQUIRED');
  else if (!out.date) fail('date', 'IMPORT_ROW_OPERATION_DATE');
  else if (out.date.getTime() > now.getTime()) fail('date', 'OPERATION_DATE_FUTURE');

  const expires = cell('expiresAt');
  out.expiresAt = expires ? parseImportDate(expires) : null;
  if (expires && !out.expiresAt) fail('expiresAt', 'IMPORT_ROW_OPERATION_DATE');
  else if (out.expiresAt && out.amount !== null && out.amount < 0) fail('expiresAt', 'EXPIRY_ONLY_ADDITION');
  else if (out.expiresAt && out.expiresAt.getTime() <= now.getTime()) fail('expiresAt', 'EXPIRY_NOT_FUTURE');

  if (out.reason.length > MAX_REASON) fail('reason', 'TOO_LONG', { max: MAX_REASON });
  if (out.comment.length > MAX_COMMENT) fail('comment', 'TOO_LONG', { max: MAX_COMMENT });
  if (out.operationId.length > MAX_OPERATION_ID) fail('operationId', 'TOO_LONG', { max: MAX_OPERATION_ID });
  return out;
}
