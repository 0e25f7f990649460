import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { returnShare } from '../purchases/earnings.js';
import { normalSku, type ProductRow, type ProductService } from './product.service.js';
import {
  numericText,
  QUANTITY_DECIMALS,
  QUANTITY_MAX,
  quantityOf,
  thousandths,
  thousandthsOf,
} from './quantities.js';

type Path = (string | number)[];

export type MovementKind = 'RECEIVED' | 'SOLD' | 'RETURNED' | 'COUNTED';

export interface StockMovement {
  id: string;
  productId: string;
  kind: MovementKind;
  /** Signed: what the movement added to the stock on hand. */
  quantity: number;
  /** The stock on hand right after it. */
  onHand: number;
  purchaseId: string | null;
  note: string;
  actor: { kind: string; id: string | null; name: string };
  createdAt: Date;
}

interface MovementRow {
  id: string;
  product_id: string;
  kind: MovementKind;
  quantity: string;
  on_hand: string;
  purchase_id: string | null;
  note: string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  created_at: Date;
}

const toMovement = (r: MovementRow): StockMovement => ({
  id: r.id,
  productId: r.product_id,
  kind: r.kind,
  quantity: quantityOf(thousandthsOf(r.quantity)),
  onHand: quantityOf(thousandthsOf(r.on_hand)),
  purchaseId: r.purchase_id,
  note: r.note,
  actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
  createdAt: new Date(r.created_at),
});

/** A purchase's item as stock sees it: where it is in the request (for the field path), SKU, quantity. */
export interface SoldItem {
  index: number;
  sku: string;
  quantity: number;
}

/** What a purchase will take from stock, checked and locked, written once the purchase has its id. */
export interface StockClaim {
  lines: { productId: string; sold: number; onHand: number }[];
}

const NOTE_MAX = 500;
const CURSOR = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)\|([0-9a-f-]{36})$/;

/**
 * A tracked product's stock on hand and its movements (RECEIVED, SOLD, RETURNED, COUNTED, each
 * signed): the stock changes only here, each change writes its movement in the same statement's
 * transaction, so the stock on hand is always the sum of its movements, and never below zero (the
 * column's check, and the refusals before it). Purchases lock their products' rows in SKU order, so two
 * purchases of the same products never wait for each other in a circle.
 */
export class StockService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly audit: AuditService,
    private readonly products: ProductService,
  ) {}

  /**
   * Inside a purchase's transaction, before the purchase is written: the catalogue products its items
   * name, locked in SKU order. An inactive product is PRODUCT_INACTIVE, more than a tracked product
   * has is PRODUCT_OUT_OF_STOCK, each at its item's SKU. A SKU that is not in the catalogue stays a
   * free item, so a workspace without a catalogue sees no change. Null when nothing moves.
   */
  async claimForPurchase(
    run: Run,
    workspaceId: string,
    items: SoldItem[],
    at: Path,
  ): Promise<StockClaim | null> {
    const skus = [...new Set(items.map((i) => i.sku.toLowerCase()).filter(Boolean))].sort();
    if (!skus.length) return null;
    const rows = await run<ProductRow>(
      `select * from product where workspace_id = ? and lower(sku) = any(?::text[])
        order by lower(sku) for no key update`,
      [workspaceId, pgArray(skus)],
    );
    if (!rows.length) return null;
    const bySku = new Map(rows.map((r) => [r.sku.toLowerCase(), r]));
    const asked = new Map<string, number>();
    const problems: FieldProblem[] = [];
    for (const item of items) {
      const row = bySku.get(item.sku.toLowerCase());
      if (!row) continue;
      const path = [...at, 'items', item.index];
      if (!row.active) throw badField([...path, 'sku'], 'PRODUCT_INACTIVE', { sku: row.sku });
      if (!row.tracked) continue;
      const t = thousandths(item.quantity);
      if (t === null) {
        problems.push(fieldProblem([...path, 'quantity'], 'QUANTITY_DECIMALS', { max: QUANTITY_DECIMALS }));
        continue;
      }
      const total = (asked.get(row.id) ?? 0) + t;
      asked.set(row.id, total);
      const available = thousandthsOf(row.on_hand);
      if (total > available)
        throw badField([...path, 'quantity'], 'PRODUCT_OUT_OF_STOCK', {
          sku: row.sku,
          available: quantityOf(available),
          asked: quantityOf(total),
        });
    }
    if (problems.length) throw badInput(problems);
    const lines = rows
      .filter((r) => asked.has(r.id))
      .map((r) => ({ productId: r.id, sold: asked.get(r.id) ?? 0, onHand: thousandthsOf(r.on_hand) }));
    return lines.length ? { lines } : null;
  }

  /** Writes the claim's SOLD movements for the purchase now written, in the same transaction. */
  async sell(
    run: Run,
    workspaceId: string,
    actor: Actor,
    claim: StockClaim,
    purchaseId: string,
  ): Promise<void> {
    await this.moveMany(
      run,
      workspaceId,
      actor,
      'SOLD',
      claim.lines.map((line) => ({ productId: line.productId, quantity: -line.sold })),
      purchaseId,
      '',
    );
  }

  /**
   * Inside a return's transaction: what the purchase took from stock comes back in proportion to the
   * money returned (`returnedBefore` → `returnedAfter` of `total`, the returns' own rule), as the
   * difference of rounded-down shares in thousandths, so returning everything in parts puts back
   * exactly what was sold. Only what the purchase's SOLD movements took comes back.
   */
  async returnFromPurchase(
    run: Run,
    workspaceId: string,
    actor: Actor,
    purchaseId: string,
    share: { total: number; returnedBefore: number; returnedAfter: number },
    note: string,
  ): Promise<void> {
    // Returns that named their lines may already have brought some back: never more than was sold.
    const back = (await this.soldBy(run, workspaceId, purchaseId))
      .map((line) => ({
        productId: line.productId,
        quantity:
          share.returnedAfter === share.total
            ? line.sold - line.back
            : Math.min(
                returnShare(line.sold, share.total, share.returnedBefore, share.returnedAfter),
                line.sold - line.back,
              ),
      }))
      .filter((line) => line.quantity > 0);
    await this.moveMany(run, workspaceId, actor, 'RETURNED', back, purchaseId, note);
  }

  /**
   * Inside a return's transaction that names its lines: each line's quantity comes back to the
   * product of its SKU, as far as the purchase took that product from stock.
   */
  async returnItems(
    run: Run,
    workspaceId: string,
    actor: Actor,
    purchaseId: string,
    items: { sku: string; quantity: number }[],
    note: string,
  ): Promise<void> {
    const back = (await this.soldBy(run, workspaceId, purchaseId))
      .map((line) => {
        const asked = items
          .filter((item) => normalSku(item.sku).toLowerCase() === line.sku)
          .reduce((sum, item) => sum + (thousandths(item.quantity) ?? 0), 0);
        return { productId: line.productId, quantity: Math.min(asked, line.sold - line.back) };
      })
      .filter((line) => line.quantity > 0);
    await this.moveMany(run, workspaceId, actor, 'RETURNED', back, purchaseId, note);
  }

  /** What a purchase took from stock per product, and what returns have brought back, in thousandths. */
  private async soldBy(
    run: Run,
    workspaceId: string,
    purchaseId: string,
  ): Promise<{ productId: string; sku: string; sold: number; back: number }[]> {
    const rows = await run<{ product_id: string; sku: string; sold: string; back: string }>(
      `select m.product_id, lower(p.sku) as sku,
              -sum(m.quantity) filter (where m.kind = 'SOLD') as sold,
              coalesce(sum(m.quantity) filter (where m.kind = 'RETURNED'), 0) as back
         from stock_movement m
         join product p on p.workspace_id = m.workspace_id and p.id = m.product_id
        where m.workspace_id = ? and m.purchase_id = ? and m.kind in ('SOLD', 'RETURNED')
        group by m.product_id, lower(p.sku)
       having count(*) filter (where m.kind = 'SOLD') > 0
        order by lower(p.sku)`,
      [workspaceId, purchaseId],
    );
    // Locked in SKU order, as a purchase locks them, before any of them moves.
    await run(
      'select 1 from product where workspace_id = ? and id = any(?::uuid[]) order by lower(sku), id for no key update',
      [workspaceId, pgArray(rows.map((r) => r.product_id))],
    );
    return rows.map((r) => ({
      productId: r.product_id,
      sku: r.sku,
      sold: thousandthsOf(r.sold),
      back: thousandthsOf(r.back),
    }));
  }

  /** Goods that came in: the stock grows by `quantity` (more than zero, three decimals at most). */
  async receive(
    actor: Actor,
    workspaceId: string,
    productId: string,
    quantity: number,
    note: string | null,
  ): Promise<StockMovement> {
    const problems: FieldProblem[] = [];
    const t = quantityIn(quantity, ['quantity'], problems, true);
    const text = noteIn(note, ['note'], problems);
    if (problems.length) throw badInput(problems);
    return this.sql.transaction(async (run) => {
      const product = await this.products.locked(run, workspaceId, productId);
      if (!product.tracked) throw badField(['productId'], 'PRODUCT_NOT_TRACKED', { sku: product.sku });
      const movement = await this.move(run, workspaceId, actor, productId, 'RECEIVED', t, null, text);
      await this.audit.record(run, {
        workspaceId,
        type: 'PRODUCT_STOCK_RECEIVED',
        actor,
        subject: product.sku,
        details: { id: productId, quantity: movement.quantity, onHand: movement.onHand, note: text },
      });
      return movement;
    });
  }

  /**
   * A stocktake: the stock on hand becomes what was counted; the movement is the difference (zero
   * when the count agrees: the count itself is worth keeping).
   */
  async count(
    actor: Actor,
    workspaceId: string,
    productId: string,
    counted: number,
    reason: string | null,
  ): Promise<StockMovement> {
    const problems: FieldProblem[] = [];
    const t = quantityIn(counted, ['counted'], problems, false);
    const text = noteIn(reason, ['reason'], problems);
    if (problems.length) throw badInput(problems);
    return this.sql.transaction(async (run) => {
      const product = await this.products.locked(run, workspaceId, productId);
      if (!product.tracked) throw badField(['productId'], 'PRODUCT_NOT_TRACKED', { sku: product.sku });
      const before = thousandths(product.onHand) ?? 0;
      const movement = await this.move(run, workspaceId, actor, productId, 'COUNTED', t - before, null, text);
      await this.audit.record(run, {
        workspaceId,
        type: 'PRODUCT_STOCK_COUNTED',
        actor,
        subject: product.sku,
        details: { id: productId, from: quantityOf(before), to: movement.onHand, reason: text },
      });
      return movement;
    });
  }

  /** A product's movements, newest first. */
  async page(
    workspaceId: string,
    productId: string,
    options: { first: number; after: string | null },
  ): Promise<{ rows: StockMovement[]; hasNextPage: boolean }> {
    if (options.first < 1 || options.first > 200) throw badField(['first'], 'PAGE_SIZE', { max: 200 });
    const cursor = options.after == null ? null : CURSOR.exec(options.after);
    if (options.after != null && !cursor) throw badField(['after'], 'CURSOR_INVALID');
    if (!isUuid(productId)) return { rows: [], hasNextPage: false };
    const rows = await this.sql.query<MovementRow>(
      `select * from stock_movement where workspace_id = ? and product_id = ?
          and (?::timestamptz is null or (created_at, id) < (?::timestamptz, ?::uuid))
        order by created_at desc, id desc limit ?`,
      [
        workspaceId,
        productId,
        cursor?.[1] ?? null,
        cursor?.[1] ?? null,
        cursor?.[2] ?? null,
        options.first + 1,
      ],
    );
    return { rows: rows.slice(0, options.first).map(toMovement), hasNextPage: rows.length > options.first };
  }

  /**
   * Moves the stock of several locked products (each once) and writes their movements, in one
   * statement of the caller's transaction: a purchase of three tracked products is one round trip,
   * not three.
   */
  private async moveMany(
    run: Run,
    workspaceId: string,
    actor: Actor,
    kind: MovementKind,
    lines: { productId: string; quantity: number }[],
    purchaseId: string | null,
    note: string,
  ): Promise<void> {
    if (lines.length === 0) return;
    const written = await run<{ id: string }>(
      `with lines as (
         select * from unnest(?::uuid[], ?::numeric[]) with ordinality as l(product_id, quantity, n)),
       moved as (
         update product p set on_hand = p.on_hand + l.quantity, updated_at = now()
           from lines l where p.workspace_id = ? and p.id = l.product_id returning p.id, p.on_hand)
       insert into stock_movement (workspace_id, product_id, kind, quantity, on_hand, purchase_id, note,
         actor_kind, actor_id, actor_name)
       select ?, m.id, ?, l.quantity, m.on_hand, ?, ?, ?, ?, ?
         from moved m join lines l on l.product_id = m.id order by l.n returning id`,
      [
        pgArray(lines.map((line) => line.productId)),
        pgArray(lines.map((line) => numericText(line.quantity))),
        workspaceId,
        workspaceId,
        kind,
        purchaseId,
        note,
        actor.kind,
        actor.id,
        actor.name,
      ],
    );
    if (written.length !== lines.length) throw new Error('The stock movements were not written');
  }

  /** Moves a locked product's stock and writes the movement, in the caller's transaction. */
  private async move(
    run: Run,
    workspaceId: string,
    actor: Actor,
    productId: string,
    kind: MovementKind,
    quantity: number,
    purchaseId: string | null,
    note: string,
  ): Promise<StockMovement> {
    const [row] = await run<MovementRow>(
      `with moved as (
         update product set on_hand = on_hand + ?::numeric, updated_at = now()
          where workspace_id = ? and id = ? returning on_hand)
       insert into stock_movement (workspace_id, product_id, kind, quantity, on_hand, purchase_id, note,
         actor_kind, actor_id, actor_name)
       select ?, ?, ?, ?::numeric, moved.on_hand, ?, ?, ?, ?, ? from moved returning *`,
      [
        numericText(quantity),
        workspaceId,
        productId,
        workspaceId,
        productId,
        kind,
        numericText(quantity),
        purchaseId,
        note,
        actor.kind,
        actor.id,
        actor.name,
      ],
    );
    if (!row) throw new Error('The stock movement was not written');
    return toMovement(row);
  }
}

export const movementCursor = (m: StockMovement): string => `${m.createdAt.toISOString()}|${m.id}`;

function quantityIn(value: number, path: Path, problems: FieldProblem[], positive: boolean): number {
  const t = thousandths(value);
  if (t === null) {
    problems.push(fieldProblem(path, 'QUANTITY_DECIMALS', { max: QUANTITY_DECIMALS }));
    return 0;
  }
  if (positive ? t <= 0 : t < 0)
    problems.push(fieldProblem(path, positive ? 'MORE_THAN_ZERO' : 'CANNOT_BE_NEGATIVE'));
  else if (t > QUANTITY_MAX * 1000) problems.push(fieldProblem(path, 'TOO_LARGE'));
  return t;
}

function noteIn(value: string | null, path: Path, problems: FieldProblem[]): string {
  const text = visibleText(value ?? '').replace(/\s+/g, ' ');
  if (text.length > NOTE_MAX) problems.push(fieldProblem(path, 'TOO_LONG', { max: NOTE_MAX }));
  return text;
}
