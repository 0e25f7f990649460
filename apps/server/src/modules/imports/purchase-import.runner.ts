import type { Actor } from '@patron/sdk';
import type { GraphQLError } from 'graphql';
import { parseDecimal } from '../../common/decimal.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import type { FormatRegistry } from '../attributes/values/index.js';
import type { CountryCode } from '../attributes/values/phone.js';
import { reasonText } from '../ledger/ledger-reasons.js';
import type { PurchaseService } from '../purchases/purchase.service.js';
import type { PurchaseItem } from '../purchases/purchase-request.js';
import type { PurchaseReturnService } from '../purchases/purchase-return.service.js';
import { cellsOf, customersNamed, headerOf, keepClaim } from './history-rows.js';
import { type ChunkProblem, markChunk } from './import-chunk.js';
import { MATCH_KEY } from './import-classify.js';
import { customerMatch } from './import-customer-match.js';
import { parseImportDate } from './import-dates.js';
import { type ImportCounts, type ImportRecord, NO_COUNTS } from './import-record.js';
import { BOOLEAN_WORDS, type MappedRow, type RowProblem } from './import-rows.js';

export interface PurchaseContext {
  definitions: Map<string, AttributeDefinition>;
  defaultCountry?: CountryCode;
  formats?: FormatRegistry;
}

/** A row read as a purchase or a return, or the first reason it cannot be one. */
export interface PurchaseRow {
  row: MappedRow;
  match: string | null;
  amount: number | null;
  date: Date | null;
  invoice: string;
  /** A branch's code (purchases' rules apply: an unknown or inactive one makes the row invalid). */
  branch: string;
  items: Partial<PurchaseItem>[];
  isReturn: boolean;
  problem: { column: string | null; problem: RowProblem } | null;
}

class RowRefused extends Error {
  constructor(
    readonly column: string | null,
    readonly problem: RowProblem,
  ) {
    super(problem.code);
  }
}

/**
 * Rows of a purchase-history import (kind PURCHASES), one chunk at a time for ImportRunner. Each
 * row goes through the purchases service (`purchases.record`, `purchaseReturns.return`), the one way
 * a purchase is recorded, with an idempotency key from the invoice (or the file's hash and line), so
 * a re-run or the same file imported again writes nothing twice: rows already written are SKIP.
 */
export class PurchaseImportRunner {
  constructor(
    private readonly sql: PreparedPool,
    private readonly purchases: PurchaseService,
    private readonly returns: PurchaseReturnService,
  ) {}

  async applyChunk(job: ImportRecord, actor: Actor, rows: MappedRow[], ctx: PurchaseContext): Promise<void> {
    const ws = job.workspace_id;
    const header = headerOf(job);
    const matchKey = MATCH_KEY[job.match_on];
    const read = rows.map((r) => readRow(r, job, ctx, matchKey, header));
    const customerOf = await this.sql.transaction((run) =>
      customersNamed(
        run,
        ws,
        matchKey,
        read.map((r) => r.match),
      ),
    );
    const counts: ImportCounts = { ...NO_COUNTS, rows: rows.length };
    const problems: ChunkProblem[] = [];
    for (const [i, r] of read.entries()) {
      await keepClaim(this.sql, job, i);
      try {
        if (r.problem) throw new RowRefused(r.problem.column, r.problem.problem);
        const customerId = r.match ? customerOf.get(r.match) : undefined;
        if (!customerId)
          throw new RowRefused(header('customer'), {
            code: 'IMPORT_ROW_CUSTOMER_UNKNOWN',
            params: { target: matchKey },
          });
        const written = r.isReturn
          ? await this.returnRow(job, actor, r, customerId, header)
          : await this.purchaseRow(job, actor, r, customerId);
        if (written) counts.created++;
        else counts.skipped++;
      } catch (error) {
        const refused = error instanceof RowRefused ? error : refusedByService(error, header);
        if (!refused) throw error;
        counts.invalid++;
        problems.push({ row: r.row, column: refused.column, problem: refused.problem });
      }
    }
    await this.sql.transaction((run) => markChunk(run, job, rows, counts, problems));
  }

  /** Records the purchase; false when this invoice (or this line of this file) is already there. */
  private async purchaseRow(job: ImportRecord, actor: Actor, r: PurchaseRow, customerId: string) {
    const ws = job.workspace_id;
    const idempotencyKey = purchaseKey(job, r);
    const [known] = await this.sql.query<{ id: string }>(
      `select id from purchase where workspace_id = ? and (idempotency_key = ?
          or (customer_id = ? and invoice_number <> '' and invoice_number = ?)) limit 1`,
      [ws, idempotencyKey, customerId, r.invoice],
    );
    if (known) return false;
    await this.purchases.record(
      ws,
      actor,
      {
        customerId,
        amount: r.amount ?? 0,
        invoiceNumber: r.invoice || null,
        items: r.items,
        branch: r.branch || null,
        purchasedAt: r.date,
        paymentStatus: 'PAID',
        idempotencyKey,
      },
      ['row'],
      // The file is the past: its goods left the shelves long ago, so stock does not move.
      { applyEarningRules: job.apply_earning_rules, moveStock: false },
    );
    return true;
  }

  /** Returns (part of) the customer's purchase with the row's invoice; false when this line was returned already. */
  private async returnRow(
    job: ImportRecord,
    actor: Actor,
    r: PurchaseRow,
    customerId: string,
    header: (target: string) => string | null,
  ) {
    const ws = job.workspace_id;
    if (!r.invoice)
      throw new RowRefused(header('invoice'), { code: 'IMPORT_ROW_RETURN_NO_INVOICE', params: {} });
    const idempotencyKey = returnKey(job, r);
    const [known] = await this.sql.query<{ id: string }>(
      'select id from purchase_return where workspace_id = ? and idempotency_key = ?',
      [ws, idempotencyKey],
    );
    if (known) return false;
    const [purchase] = await this.sql.query<{ id: string }>(
      `select id from purchase where workspace_id = ? and customer_id = ? and invoice_number = ?
        order by purchased_at desc limit 1`,
      [ws, customerId, r.invoice],
    );
    if (!purchase)
      throw new RowRefused(header('invoice'), {
        code: 'IMPORT_ROW_RETURN_NO_PURCHASE',
        params: { invoice: r.invoice },
      });
    await this.returns.return(
      ws,
      actor,
      {
        purchaseId: purchase.id,
        amount: r.amount === null ? null : Math.abs(r.amount),
        reason: reasonText('IMPORT'),
        idempotencyKey,
      },
      ['row'],
      // As its purchases, the file's returns are the past: nothing comes back to stock.
      { moveStock: false },
    );
    return true;
  }
}

/** A purchase's key: its invoice's, so another file with the same invoices adds nothing either; else the file's line. */
export function purchaseKey(job: ImportRecord, r: PurchaseRow): string {
  return r.invoice ? `import-purchase:${r.invoice}` : `import:${job.content_hash}:${r.row.line}:purchase`;
}

export function returnKey(job: ImportRecord, r: PurchaseRow): string {
  return `import-return:${job.content_hash}:${r.row.line}`;
}

/** A row field of the purchases service's refusals (the last step of its path) and the column it is read from. */
const COLUMN_OF_FIELD: Record<string, string> = { branch: 'branch' };

/**
 * A refusal of the purchases service (a code and its parameters) as the row's reason, in its column
 * when it names one (`columnOfField`: the last step of the refusal's path → the target read into it;
 * the ledger history import passes the ledger's); null for any other error. The preview reads the
 * branch rules' refusals with it too.
 */
export function refusedByService(
  error: unknown,
  header: (target: string) => string | null,
  columnOfField: Record<string, string> = COLUMN_OF_FIELD,
): { column: string | null; problem: RowProblem } | null {
  const extensions = (error as GraphQLError | null)?.extensions;
  const problem = extensions?.problem as RowProblem | undefined;
  if (!problem?.code) return null;
  const field = (extensions?.path as (string | number)[] | undefined)?.at(-1);
  const target = typeof field === 'string' ? columnOfField[field] : undefined;
  return new RowRefused(target ? header(target) : null, { code: problem.code, params: problem.params ?? {} });
}

export function readRow(
  row: MappedRow,
  job: ImportRecord,
  ctx: PurchaseContext,
  matchKey: string,
  header: (target: string) => string | null,
): PurchaseRow {
  const cell = cellsOf(row, job);
  const out: PurchaseRow = {
    row,
    match: null,
    amount: null,
    date: null,
    invoice: cell('invoice'),
    branch: cell('branch'),
    items: [],
    isReturn: (BOOLEAN_WORDS[cell('isReturn').toLowerCase()] ?? cell('isReturn').toLowerCase()) === 'true',
    problem: row.problem ? { column: null, problem: row.problem } : null,
  };
  const fail = (target: string, problem: RowProblem) => {
    out.problem ??= { column: header(target), problem };
  };
  const customer = customerMatch(cell('customer'), matchKey, ctx);
  if ('problem' in customer) fail('customer', customer.problem);
  else out.match = customer.value;
  const amount = cell('amount');
  if (amount) {
    out.amount = parseDecimal(amount);
    if (out.amount === null) fail('amount', { code: 'NUMBER_FORMAT', params: {} });
  } else if (!out.isReturn) fail('amount', { code: 'REQUIRED', params: {} });
  const date = cell('date');
  if (date) {
    out.date = parseImportDate(date);
    if (!out.date) fail('date', { code: 'IMPORT_ROW_PURCHASE_DATE', params: {} });
  }
  const items = parseItems(cell('items'));
  if (items) out.items = items;
  else fail('items', { code: 'IMPORT_ROW_ITEMS_FORMAT', params: {} });
  return out;
}

/**
 * The items cell: `sku:quantity:price` separated by `;` (quantity 1 and price 0 when left out), or a
 * JSON array of `{ sku, name, quantity, price }`. Null when it is neither.
 */
export function parseItems(text: string): Partial<PurchaseItem>[] | null {
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!Array.isArray(parsed) || !parsed.every((i) => i && typeof i === 'object' && !Array.isArray(i)))
        return null;
      return parsed as Partial<PurchaseItem>[];
    } catch {
      return null;
    }
  }
  const items: Partial<PurchaseItem>[] = [];
  for (const part of text.split(';')) {
    if (!part.trim()) continue;
    const [sku = '', quantity, price, ...rest] = part.split(':').map((p) => p.trim());
    const q = quantity ? parseDecimal(quantity) : 1;
    const p = price ? parseDecimal(price) : 0;
    if (!sku || rest.length > 0 || q === null || p === null) return null;
    items.push({ sku, name: sku, quantity: q, price: p });
  }
  return items;
}
