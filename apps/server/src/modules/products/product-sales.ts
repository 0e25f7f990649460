import type { Run } from '../../db/prepared-pool.js';
import { badField } from '../../graphql/errors.js';
import { type Product, type ProductRow, toProduct } from './product.service.js';

export interface ProductSales {
  product: Product;
  /** Sold over the period, net of the part of those purchases returned since. */
  quantity: number;
  revenue: number;
}

/**
 * What each catalogue product sold over [from, to): the items of the period's purchases whose SKU is
 * the product's (whatever its case), each counted for the share of its purchase not returned (returns
 * are of money, so their items come back in proportion), the revenue at the item's price. Read from
 * purchases, not from stock movements: services, untracked products and imported history count too.
 * Every product is listed, those that sold nothing with zeros, by SKU.
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
              (i->>'quantity')::numeric * (1 - p.returned_amount / p.amount) as quantity,
              (i->>'quantity')::numeric * (i->>'price')::numeric * (1 - p.returned_amount / p.amount) as revenue
         from purchase p cross join jsonb_array_elements(p.items) i
        where p.workspace_id = ? and p.purchased_at >= ? and p.purchased_at < ? and p.amount > 0)
     select pr.*, round(coalesce(sum(l.quantity), 0), 3) as sold, round(coalesce(sum(l.revenue), 0), 2) as revenue
       from product pr left join lines l on l.sku = lower(pr.sku)
      where pr.workspace_id = ?
      group by pr.workspace_id, pr.id order by lower(pr.sku)`,
    [workspaceId, from, to, workspaceId],
  );
  return rows.map((r) => ({ product: toProduct(r), quantity: Number(r.sold), revenue: Number(r.revenue) }));
}
