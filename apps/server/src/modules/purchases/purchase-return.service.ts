import { createHash } from 'node:crypto';
import type { Actor } from '@patron/sdk';
import { isIdempotencyKey } from '../../common/idempotency-key.js';
import { isUuid } from '../../common/ids.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { recordHistory } from '../history/history.service.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { reasonText } from '../ledger/ledger-reasons.js';
import type { StockService } from '../products/stock.service.js';
import { returnShare } from './earnings.js';
import { entry, type PurchaseService, purchaseReason } from './purchase.service.js';
import { PURCHASE_HISTORY } from './purchase-history.js';
import { moneyMinor } from './purchase-request.js';
import { type LedgerEntry, minorOf, type PurchaseRow } from './purchase-row.js';
import { type ReturnedItem, type ReturnedItemRequest, takeBackItems } from './returned-items.js';

const KEY_INDEX = 'purchase_return_workspace_id_idempotency_key_key';

export interface ReturnRequest {
  purchaseId: string;
  /** Money returned; the rest of the purchase when left out, or the named lines' worth. */
  amount?: number | null;
  /** The lines taken back: stock comes back by them, not in proportion to the money. */
  items?: ReturnedItemRequest[] | null;
  reason?: string | null;
  idempotencyKey: string;
}

/** What could not be taken back because the customer had already spent it. */
export interface Shortfall {
  customerId: string;
  currency: string;
  amount: number;
}

export interface PurchaseReturn {
  id: string;
  purchaseId: string;
  customerId: string;
  amount: number;
  reason: string;
  items: ReturnedItem[];
  ledger: LedgerEntry[];
  shortfall: Shortfall[];
  createdAt: Date;
}

interface ReturnRow {
  id: string;
  purchase_id: string;
  customer_id: string;
  amount: string;
  reason: string;
  items: ReturnedItem[];
  request_hash: string;
  ledger: LedgerEntry[];
  shortfall: Shortfall[];
  created_at: Date;
}

const toReturn = (row: ReturnRow): PurchaseReturn => ({
  id: row.id,
  purchaseId: row.purchase_id,
  customerId: row.customer_id,
  amount: Number(row.amount),
  reason: row.reason,
  items: row.items,
  ledger: row.ledger,
  shortfall: row.shortfall,
  createdAt: new Date(row.created_at),
});

/**
 * Returns: each return takes back, in proportion to the money returned, what the purchase
 * earned (the customer's points and cashback, the referrer's share) and gives back what it spent.
 * Shares are differences of rounded-down cumulative shares, so returning everything in parts undoes
 * exactly the whole. Points already spent cannot go below zero: what is missing is recorded as the
 * return's shortfall instead of refusing the customer's refund.
 */
export class PurchaseReturnService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly ledger: LedgerService,
    private readonly currencies: CurrencyService,
    private readonly purchases: PurchaseService,
    private readonly afterCommit: () => void,
    private readonly stock: StockService,
  ) {}

  async return(
    workspaceId: string,
    actor: Actor,
    input: ReturnRequest,
    at = ['input'],
    /** `moveStock: false` puts nothing back in stock (the past: the purchase import's returns). */
    options: { moveStock?: boolean } = {},
  ): Promise<PurchaseReturn> {
    const problems: FieldProblem[] = [];
    const asked = input.amount == null ? null : moneyMinor(input.amount, [...at, 'amount'], problems);
    const reason = (input.reason ?? '').trim();
    if (reason.length > 500) problems.push(fieldProblem([...at, 'reason'], 'TOO_LONG', { max: 500 }));
    const key = input.idempotencyKey;
    if (!isIdempotencyKey(key))
      problems.push(fieldProblem([...at, 'idempotencyKey'], 'IDEMPOTENCY_KEY_FORMAT'));
    if (problems.length) throw badInput(problems);
    const hash = createHash('sha256')
      .update(JSON.stringify([input.purchaseId, asked, reason, ...(input.items ? [input.items] : [])]))
      .digest('base64url');
    const [earlier] = await this.sql.query<ReturnRow>(
      'select * from purchase_return where workspace_id = ? and idempotency_key = ?',
      [workspaceId, key],
    );
    if (earlier) return replay(earlier, hash);

    const row = await this.sql
      .transaction(async (run) => {
        const purchase = await this.purchases.lockPurchase(run, workspaceId, input.purchaseId);
        // The lock was waited for: a parallel retry may have written this very return.
        const [raced] = await run<ReturnRow>(
          'select * from purchase_return where workspace_id = ? and idempotency_key = ?',
          [workspaceId, key],
        );
        if (raced) return raced;
        await this.purchases.checkCustomer(workspaceId, purchase.customer_id, [...at, 'purchaseId'], run);
        const total = minorOf(purchase.amount);
        const before = minorOf(purchase.returned_amount);
        const left = total - before;
        if (left === 0) throw badField([...at, 'purchaseId'], 'RETURNED_IN_FULL');
        const lines = input.items && takeBackItems(purchase.items, input.items, [...at, 'items']);
        if (lines?.problems.length) throw badInput(lines.problems);
        // Goods brought back are refunded at their price, never beyond what is left of the money.
        const amount = asked ?? (lines ? Math.min(lines.minor, left) : left);
        if (amount > left) throw badField([...at, 'amount'], 'RETURN_LEFT', { left: left / 100 });
        const [created] = await run<ReturnRow>(
          `insert into purchase_return (workspace_id, purchase_id, customer_id, amount, reason, items,
           idempotency_key, request_hash, actor_kind, actor_id, actor_name)
           values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning *`,
          [
            workspaceId,
            purchase.id,
            purchase.customer_id,
            amount / 100,
            reason,
            JSON.stringify(lines?.returned ?? []),
            key,
            hash,
            actor.kind,
            actor.id,
            actor.name,
          ],
        );
        if (!created) throw new Error('The return was not written');
        // Products before balances, as a purchase takes them: a purchase and a return of one customer
        // at the same moment, with a product in common, then wait for each other instead of deadlocking.
        if ((options.moveStock ?? true) && lines)
          await this.stock.returnItems(run, workspaceId, actor, purchase.id, lines.returned, reason);
        else if (options.moveStock ?? true)
          await this.stock.returnFromPurchase(
            run,
            workspaceId,
            actor,
            purchase.id,
            { total, returnedBefore: before, returnedAfter: before + amount },
            reason,
          );
        const { ledger, shortfall } = await this.undo(
          run,
          workspaceId,
          actor,
          purchase,
          created.id,
          before,
          before + amount,
          reason,
        );
        const [saved] = await run<ReturnRow>(
          `update purchase_return set ledger = ?::jsonb, shortfall = ?::jsonb
            where workspace_id = ? and id = ? returning *`,
          [JSON.stringify(ledger), JSON.stringify(shortfall), workspaceId, created.id],
        );
        await run(
          `update purchase set returned_amount = returned_amount + ?, items = coalesce(?::jsonb, items)
            where workspace_id = ? and id = ?`,
          [amount / 100, lines ? JSON.stringify(lines.items) : null, workspaceId, purchase.id],
        );
        await run(
          `update customer_purchase_stats set total = total - ?, count = count - ?
            where workspace_id = ? and customer_id = ?`,
          [amount / 100, before + amount === total ? 1 : 0, workspaceId, purchase.customer_id],
        );
        await recordHistory(run, workspaceId, purchase.customer_id, PURCHASE_HISTORY.returned, actor, [
          {
            key: 'purchase',
            oldValue: { id: purchase.id, returnedAmount: before / 100 },
            newValue: {
              id: purchase.id,
              returnedAmount: (before + amount) / 100,
              reason,
              ...(lines && { items: lines.returned }),
            },
          },
        ]);
        return saved ?? created;
      })
      .catch(async (error) => {
        // The same key used at once on another purchase: the other return won, answer as it did.
        if (!violates(error, '23505', KEY_INDEX)) throw error;
        const [winner] = await this.sql.query<ReturnRow>(
          'select * from purchase_return where workspace_id = ? and idempotency_key = ?',
          [workspaceId, key],
        );
        if (!winner) throw error;
        return winner;
      });
    this.afterCommit();
    // A return written by a parallel retry is answered only when it was the same request.
    return replay(row, hash);
  }

  async list(workspaceId: string, purchaseId: string): Promise<PurchaseReturn[]> {
    if (!isUuid(purchaseId)) return [];
    const rows = await this.sql.query<ReturnRow>(
      'select * from purchase_return where workspace_id = ? and purchase_id = ? order by created_at, id',
      [workspaceId, purchaseId],
    );
    return rows.map(toReturn);
  }

  /** Writes the proportional RETURN operations of one return. */
  private async undo(
    run: Run,
    workspaceId: string,
    actor: Actor,
    purchase: PurchaseRow,
    returnId: string,
    returnedBefore: number,
    returnedAfter: number,
    reason: string,
  ): Promise<{ ledger: LedgerEntry[]; shortfall: Shortfall[] }> {
    const currencies = await this.currencies.list(workspaceId);
    const total = minorOf(purchase.amount);
    const ledger: LedgerEntry[] = [];
    const shortfall: Shortfall[] = [];
    const text = reason
      ? purchaseReason(reason, purchase.invoice_number)
      : reasonText('PURCHASE_RETURNED', { invoice: purchase.invoice_number });
    // One line per customer and currency, however many earnings it came from.
    const short = (e: LedgerEntry, amount: number, decimals: number) => {
      const same = shortfall.find((s) => s.customerId === e.customerId && s.currency === e.currency);
      if (same) same.amount = Number((same.amount + amount).toFixed(decimals));
      else shortfall.push({ customerId: e.customerId, currency: e.currency, amount });
    };
    for (const e of purchase.ledger) {
      const decimals = currencies.find((c) => c.key === e.currency)?.decimals ?? 0;
      // An earning made after part was returned is shared out over what was left then.
      const base = e.returnedBefore ?? 0;
      const share = returnShare(
        Math.abs(e.minor),
        total - base,
        Math.max(returnedBefore - base, 0),
        returnedAfter - base,
      );
      if (share === 0) continue;
      // A spend comes back; an earning is taken back, as far as the balance still holds it.
      const units = (e.minor < 0 ? share : -share) / 10 ** decimals;
      const request = {
        customerId: e.customerId,
        currency: e.currency,
        kind: 'RETURN' as const,
        reason: text,
        idempotencyKey: `return:${returnId}:${e.operationId}`,
      };
      let done = await this.ledger.applyWithin(
        run,
        workspaceId,
        actor,
        { ...request, amount: units },
        ['input'],
        {
          tooLow: true,
          inactive: true,
        },
      );
      if ('tooLow' in done) {
        short(e, Number((-units - done.tooLow).toFixed(decimals)), decimals);
        if (done.tooLow > 0)
          done = await this.ledger.applyWithin(
            run,
            workspaceId,
            actor,
            { ...request, amount: -done.tooLow },
            ['input'],
          );
      } else if ('inactive' in done) {
        short(e, -units, decimals);
      }
      if ('operation' in done) ledger.push(entry(done.operation, e.role, currencies));
    }
    return { ledger, shortfall };
  }
}

function replay(row: ReturnRow, hash: string): PurchaseReturn {
  if (row.request_hash !== hash) throw refusal('IDEMPOTENCY_KEY_REUSED', { request: 'return' });
  return toReturn(row);
}
