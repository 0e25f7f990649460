import type { Actor, LocalizedText } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { cleanName, nameProblems } from '../../common/localized-name.js';
import { visibleText } from '../../common/text.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { moneyMinor } from '../purchases/purchase-request.js';
import { type ProductSales, productSales } from './product-sales.js';
import { QUANTITY_DECIMALS, quantityOf, thousandths, thousandthsOf } from './quantities.js';

export type ProductKind = 'PRODUCT' | 'SERVICE';

export interface Product {
  id: string;
  sku: string;
  name: LocalizedText;
  kind: ProductKind;
  price: number;
  unit: string;
  active: boolean;
  tracked: boolean;
  onHand: number;
  reorderLevel: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductInput {
  /** Required when creating; fixed afterwards. */
  sku?: string | null;
  name: LocalizedText;
  kind: ProductKind;
  price: number;
  unit?: string | null;
  tracked?: boolean | null;
  reorderLevel?: number | null;
}

export interface ProductRow {
  id: string;
  sku: string;
  name: LocalizedText;
  kind: ProductKind;
  price: string;
  unit: string;
  active: boolean;
  tracked: boolean;
  on_hand: string;
  reorder_level: string | null;
  created_at: Date;
  updated_at: Date;
}

export const PRODUCT_NAME_MAX = 100;
export const PRODUCT_SKU_MAX = 100;
export const PRODUCT_UNIT_MAX = 20;

export const toProduct = (r: ProductRow): Product => ({
  id: r.id,
  sku: r.sku,
  name: r.name,
  kind: r.kind,
  price: Number(r.price),
  unit: r.unit,
  active: r.active,
  tracked: r.tracked,
  onHand: quantityOf(thousandthsOf(r.on_hand)),
  reorderLevel: r.reorder_level == null ? null : quantityOf(thousandthsOf(r.reorder_level)),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A SKU as the API, purchases and the import give it: trimmed; compared without case. */
export const normalSku = (sku: string): string => visibleText(sku);

/**
 * A workspace's catalogue of products and services: a SKU (unique whatever its case, fixed once given:
 * purchases keep it as text), a name in up to three languages, a kind, a price, a unit, an active flag,
 * and for products optionally a tracked stock (its changes are in `StockService`). A product is
 * deleted only when no purchase item and no stock movement refers to it. Every change writes an audit
 * event in its transaction (`PRODUCT_AUDIT_TYPES`).
 */
export class ProductService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly audit: AuditService,
  ) {}

  /** By SKU; the inactive ones only when asked. */
  async list(workspaceId: string, includeInactive = false): Promise<Product[]> {
    const rows = await this.sql.query<ProductRow>(
      'select * from product where workspace_id = ? and (active or ?::boolean) order by lower(sku)',
      [workspaceId, includeInactive],
    );
    return rows.map(toProduct);
  }

  async get(workspaceId: string, id: string): Promise<Product | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.sql.query<ProductRow>(
      'select * from product where workspace_id = ? and id = ?',
      [workspaceId, id],
    );
    return row ? toProduct(row) : null;
  }

  /** The sales report over [from, to) (`product-sales.ts`). */
  async sales(workspaceId: string, from: Date, to: Date): Promise<ProductSales[]> {
    return productSales(this.sql.query, workspaceId, from, to);
  }

  async create(actor: Actor, workspaceId: string, input: ProductInput): Promise<Product> {
    const sku = normalSku(input.sku ?? '');
    const problems: FieldProblem[] = [];
    if (!sku) problems.push(fieldProblem(['input', 'sku'], 'REQUIRED'));
    else if (sku.length > PRODUCT_SKU_MAX)
      problems.push(fieldProblem(['input', 'sku'], 'TOO_LONG', { max: PRODUCT_SKU_MAX }));
    const value = checked(input, problems);
    try {
      return await this.sql.transaction(async (run) => {
        const [row] = await run<ProductRow>(
          `insert into product (workspace_id, sku, name, kind, price, unit, tracked, reorder_level)
           values (?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning *`,
          [
            workspaceId,
            sku,
            JSON.stringify(value.name),
            value.kind,
            value.price,
            value.unit,
            value.tracked,
            value.reorderLevel,
          ],
        );
        const created = toProduct(row as ProductRow);
        await this.audit.record(run, {
          workspaceId,
          type: 'PRODUCT_CREATED',
          actor,
          subject: created.sku,
          details: { id: created.id, name: created.name, kind: created.kind, price: created.price },
        });
        return created;
      });
    } catch (error) {
      if (violates(error, '23505', 'product_sku_unique'))
        throw badField(['input', 'sku'], 'PRODUCT_SKU_TAKEN');
      throw error;
    }
  }

  /** Everything but the SKU (PRODUCT_SKU_FIXED when another one is given) and the stock. */
  async update(actor: Actor, workspaceId: string, id: string, input: ProductInput): Promise<Product> {
    const value = checked(input, []);
    return this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      if (input.sku != null && normalSku(input.sku).toLowerCase() !== current.sku.toLowerCase())
        throw badField(['input', 'sku'], 'PRODUCT_SKU_FIXED');
      const [row] = await run<ProductRow>(
        `update product set name = ?::jsonb, kind = ?, price = ?, unit = ?, tracked = ?, reorder_level = ?,
           updated_at = now() where workspace_id = ? and id = ? returning *`,
        [
          JSON.stringify(value.name),
          value.kind,
          value.price,
          value.unit,
          value.tracked,
          value.reorderLevel,
          workspaceId,
          id,
        ],
      );
      const updated = toProduct(row as ProductRow);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of ['name', 'kind', 'price', 'unit', 'tracked', 'reorderLevel'] as const)
        if (JSON.stringify(current[key]) !== JSON.stringify(updated[key]))
          changes[key] = { from: current[key], to: updated[key] };
      if (Object.keys(changes).length)
        await this.audit.record(run, {
          workspaceId,
          type: 'PRODUCT_UPDATED',
          actor,
          subject: updated.sku,
          details: { id, ...changes },
        });
      return updated;
    });
  }

  /** An inactive product cannot be sold (PRODUCT_INACTIVE); its stock and history stay. */
  async setActive(actor: Actor, workspaceId: string, id: string, active: boolean): Promise<Product> {
    return this.sql.transaction(async (run) => {
      const current = await this.locked(run, workspaceId, id);
      if (current.active === active) return current;
      const [row] = await run<ProductRow>(
        'update product set active = ?, updated_at = now() where workspace_id = ? and id = ? returning *',
        [active, workspaceId, id],
      );
      const updated = toProduct(row as ProductRow);
      await this.audit.record(run, {
        workspaceId,
        type: active ? 'PRODUCT_REACTIVATED' : 'PRODUCT_DEACTIVATED',
        actor,
        subject: updated.sku,
        details: { id, name: updated.name },
      });
      return updated;
    });
  }

  /** Only a product no purchase item and no stock movement refers to (PRODUCT_IN_USE: deactivate it instead). */
  async delete(actor: Actor, workspaceId: string, id: string): Promise<string> {
    await this.sql.transaction(async (run) => {
      const product = await this.locked(run, workspaceId, id);
      const [use] = await run<{ purchases: number; movements: number }>(
        `select (select count(*) from purchase p where p.workspace_id = ?
                   and exists (select 1 from jsonb_array_elements(p.items) i where lower(i->>'sku') = lower(?)))::int as purchases,
                (select count(*) from stock_movement where workspace_id = ? and product_id = ?)::int as movements`,
        [workspaceId, product.sku, workspaceId, id],
      );
      if (use && (use.purchases > 0 || use.movements > 0))
        throw refusal('PRODUCT_IN_USE', { purchases: use.purchases, movements: use.movements });
      await run('delete from product where workspace_id = ? and id = ?', [workspaceId, id]);
      await this.audit.record(run, {
        workspaceId,
        type: 'PRODUCT_DELETED',
        actor,
        subject: product.sku,
        details: { id, name: product.name },
      });
    });
    return id;
  }

  /** The product, locked for update in the caller's transaction (PRODUCT_NOT_FOUND when there is none). */
  async locked(run: Run, workspaceId: string, id: string): Promise<Product> {
    const [row] = isUuid(id)
      ? await run<ProductRow>('select * from product where workspace_id = ? and id = ? for update', [
          workspaceId,
          id,
        ])
      : [];
    if (!row) throw refusal('PRODUCT_NOT_FOUND');
    return toProduct(row);
  }
}

interface Checked {
  name: LocalizedText;
  kind: ProductKind;
  price: number;
  unit: string;
  tracked: boolean;
  reorderLevel: string | null;
}

function checked(input: ProductInput, problems: FieldProblem[]): Checked {
  const name = cleanName(input.name ?? {});
  problems.push(...nameProblems(name, ['input', 'name'], PRODUCT_NAME_MAX));
  const priceMinor = moneyMinor(input.price, ['input', 'price'], problems, false) ?? 0;
  const unit = visibleText(input.unit ?? '').replace(/\s+/g, ' ');
  if (unit.length > PRODUCT_UNIT_MAX)
    problems.push(fieldProblem(['input', 'unit'], 'TOO_LONG', { max: PRODUCT_UNIT_MAX }));
  const tracked = input.tracked === true;
  if (tracked && input.kind === 'SERVICE')
    problems.push(fieldProblem(['input', 'tracked'], 'PRODUCT_SERVICE_NOT_TRACKED'));
  let reorderLevel: string | null = null;
  if (input.reorderLevel != null) {
    const t = thousandths(input.reorderLevel);
    if (t === null)
      problems.push(fieldProblem(['input', 'reorderLevel'], 'QUANTITY_DECIMALS', { max: QUANTITY_DECIMALS }));
    else if (t < 0) problems.push(fieldProblem(['input', 'reorderLevel'], 'CANNOT_BE_NEGATIVE'));
    else reorderLevel = String(quantityOf(t));
  }
  if (problems.length) throw badInput(problems);
  return { name, kind: input.kind, price: priceMinor / 100, unit, tracked, reorderLevel };
}
