import type { Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField } from '../../graphql/errors.js';
import { type Purchase, type PurchaseRow, toPurchase } from './purchase-row.js';

export interface PurchaseSummary {
  total: number;
  count: number;
  firstPurchaseAt: Date | null;
  lastPurchaseAt: Date | null;
}

/** A purchase list cursor: the purchase time and id of the last row shown. */
const CURSOR = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)\|([0-9a-f-]{36})$/;

export const purchaseCursor = (p: Purchase): string => `${p.purchasedAt.toISOString()}|${p.id}`;

/** What the card shows: a customer's purchases newest first, and their running totals. */
export class PurchaseReads {
  constructor(private readonly run: Run) {}

  async page(
    workspaceId: string,
    customerId: string,
    options: {
      first: number;
      after: string | null;
      from: Date | null;
      to: Date | null;
      branch?: string | null;
    },
  ): Promise<{ rows: Purchase[]; hasNextPage: boolean }> {
    if (options.first < 1 || options.first > 200) throw badField(['first'], 'PAGE_SIZE', { max: 200 });
    const cursor = options.after == null ? null : CURSOR.exec(options.after);
    if (options.after != null && !cursor) throw badField(['after'], 'CURSOR_INVALID');
    // As stored: a branch's code, or the free text of a purchase from before branches.
    const branch = options.branch?.trim() || null;
    const rows = await this.run<PurchaseRow>(
      `select * from purchase where workspace_id = ? and customer_id = ?
          and (?::timestamptz is null or purchased_at >= ?::timestamptz)
          and (?::timestamptz is null or purchased_at < ?::timestamptz)
          and (?::timestamptz is null or (purchased_at, id) < (?::timestamptz, ?::uuid))
          and (?::text is null or branch = ?::text)
        order by purchased_at desc, id desc limit ?`,
      [
        workspaceId,
        customerId,
        options.from,
        options.from,
        options.to,
        options.to,
        cursor?.[1] ?? null,
        cursor?.[1] ?? null,
        cursor?.[2] ?? null,
        branch,
        branch,
        options.first + 1,
      ],
    );
    return { rows: rows.slice(0, options.first).map(toPurchase), hasNextPage: rows.length > options.first };
  }

  /** The totals of many customers in one query (a page of customers asks for all of theirs). */
  async summaries(workspaceId: string, customerIds: string[]): Promise<Map<string, PurchaseSummary>> {
    const rows = await this.run<{
      id: string;
      total: string;
      count: number;
      first_purchase_at: Date | null;
      last_purchase_at: Date | null;
    }>(
      `select c.id, coalesce(s.total, 0) + ${OPENING_TOTAL_SQL} as total, coalesce(s.count, 0) as count,
              s.first_purchase_at, s.last_purchase_at
         from customer c
         left join customer_purchase_stats s on s.workspace_id = c.workspace_id and s.customer_id = c.id
        where c.id = any(?::uuid[]) and c.workspace_id = ?`,
      [pgArray(customerIds), workspaceId],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          total: Number(row.total),
          count: row.count,
          firstPurchaseAt: row.first_purchase_at,
          lastPurchaseAt: row.last_purchase_at,
        },
      ]),
    );
  }
}

/** The opening purchase total a customer was created with (an attribute), over the customer row `c`. */
export const OPENING_TOTAL_SQL = `(case when jsonb_typeof(c.attributes->'openingPurchaseTotal') = 'number'
  then (c.attributes->>'openingPurchaseTotal')::numeric else 0 end)`;
