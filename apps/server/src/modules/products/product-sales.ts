import type { Run } from '../../db/prepared-pool.js';
import { badField } from '../../graphql/errors.js';
import { type Product, type ProductRow, toProduct } from './product.service.js';

export interface ProductSales {
  product: Product;
  /** Sold over the period, net of what returns brought back since. */
  quantity: number;
  revenue: number;
}

/**
 * What each catalogue product sold over [from, to): the items of the period's purchases whose SKU is
 * the product's (whatever its case), the revenue at the item's price. A line takes off what returns
 * naming it brought back; returns of money alone take off their share of what is left of the purchase
 * once the named lines' worth is set aside. Read from purchases, not from stock movements: services,
 * untracked products and imported history count too. Every product is listed, those that sold nothing
 * with zeros, by SKU.
 */
export async function productSales(
  run: Run,
  workspaceId: string,
  from: Date,
  to: Date,
): Promise<ProductSales[]> {
  if (!(from.getTime() < to.getTime())) throw badField(['to'], 'REPORT_PERIOD_REVERSED');
  const rows = await run<ProductRow & { sold: string; revenue: string }>(
    `with lines as (
       select lower(i->>'sku') as sku,
              ((i->>'quantity')::numeric - coalesce((i->>'returnedQuantity')::numeric, 0)) * k.kept as quantity,
              ((i->>'quantity')::numeric - coalesce((i->>'returnedQuantity')::numeric, 0))
                * (i->>'price')::numeric * k.kept as revenue
         from purchase p
        cross join lateral (
              select coalesce(sum(coalesce((j->>'returnedQuantity')::numeric, 0) * (j->>'price')::numeric), 0)
                       as by_lines
                from jsonb_array_elements(p.items) j) l
        cross join lateral (
              select case when p.amount > least(l.by_lines, p.returned_amount)
                          then 1 - greatest(p.returned_amount - l.by_lines, 0)
                                   / (p.amount - least(l.by_lines, p.returned_amount))
                          else 0 end as kept) k
        cross join jsonb_array_elements(p.items) i
        where p.workspace_id = ? and p.purchased_at >= ? and p.purchased_at < ? and p.amount > 0)
     select pr.*, round(coalesce(sum(l.quantity), 0), 3) as sold, round(coalesce(sum(l.revenue), 0), 2) as revenue
       from product pr left join lines l on l.sku = lower(pr.sku)
      where pr.workspace_id = ?
      group by pr.workspace_id, pr.id order by lower(pr.sku)`,
    [workspaceId, from, to, workspaceId],
  );
  return rows.map((r) => ({ product: toProduct(r), quantity: Number(r.sold), revenue: Number(r.revenue) }));
}

/**
 * The `first` products that brought most money over [from, to), then most sold; those that sold.
 * `run` is where they are read: the dashboard reads them where the rest of it is (the replica).
 */
export async function bestSellers(
  run: Run,
  workspaceId: string,
  from: Date,
  to: Date,
  first: number,
): Promise<ProductSales[]> {
  if (!Number.isInteger(first) || first < 1 || first > 100)
    throw badField(['first'], 'NUMBER_RANGE', { min: 1, max: 100 });
  const sales = await productSales(run, workspaceId, from, to);
  return sales
    .filter((s) => s.quantity > 0 || s.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue || b.quantity - a.quantity)
    .slice(0, first);
}
