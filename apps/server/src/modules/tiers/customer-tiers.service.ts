import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { type EarningRules, NO_EARNING } from '../loyalty-programme/earning-rules.js';
import { Tier } from './tier.entity.js';
import type { TierService } from './tier.service.js';
import { xpCurrency } from './tier-evaluation.service.js';
import type { TierPolicyService } from './tier-policy.service.js';

/** A customer's tier row (no row: never evaluated, no tier). */
export interface CustomerTierStatus {
  customerId: string;
  tierId: string | null;
  manualTierId: string | null;
  since: Date | null;
  reviewAt: Date | null;
}

export interface TierProgress {
  purchaseTotal: number;
  purchaseCount: number;
  xp: number;
  /** The next tier above the current one (the lowest tier without one); null at the top. */
  nextTier: Tier | null;
  /** What is still missing for nextTier, per threshold it sets (null: it sets none). */
  purchaseTotalNeeded: number | null;
  purchaseCountNeeded: number | null;
  xpNeeded: number | null;
}

/** Where customers stand: their tier rows, counts per tier, progress to the next, their tier's rules. */
export class CustomerTierService {
  constructor(
    private readonly orm: MikroORM,
    private readonly tiers: TierService,
    private readonly policy: TierPolicyService,
    private readonly currencies: CurrencyService,
  ) {}

  /** Live customers per current tier. */
  async counts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.orm.em.getConnection().execute<{ tier_id: string; n: string }[]>(
      `select ct.tier_id, count(*) as n from customer_tier ct
         join customer c on c.workspace_id = ct.workspace_id and c.id = ct.customer_id and c.deleted_at is null
        where ct.workspace_id = ? and ct.tier_id is not null group by ct.tier_id`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.tier_id, Number(r.n)]));
  }

  /** Tier rows of these customers (a customer never evaluated has a row of nulls). */
  async statuses(workspaceId: string, customerIds: string[]): Promise<Map<string, CustomerTierStatus>> {
    const rows = await this.orm.em.getConnection().execute<
      {
        customer_id: string;
        tier_id: string | null;
        manual_tier_id: string | null;
        since: Date | null;
        review_at: Date | null;
      }[]
    >(
      `select customer_id, tier_id, manual_tier_id, since, review_at from customer_tier
        where workspace_id = ? and customer_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [workspaceId, JSON.stringify(customerIds.filter(isUuid))],
    );
    const found = new Map(rows.map((r) => [r.customer_id, r]));
    return new Map(
      customerIds.map((id) => {
        const r = found.get(id);
        return [
          id,
          {
            customerId: id,
            tierId: r?.tier_id ?? null,
            manualTierId: r?.manual_tier_id ?? null,
            since: r?.since ? new Date(r.since) : null,
            reviewAt: r?.review_at ? new Date(r.review_at) : null,
          },
        ];
      }),
    );
  }

  /**
   * The customer's measures over the policy's window, the next tier (tier_next) and what it still
   * lacks (tier_shortfall, the rule tier_evaluate decides by).
   */
  async progress(
    workspaceId: string,
    customerId: string,
    currentTierId: string | null,
  ): Promise<TierProgress> {
    const [tiers, policy, xp] = await Promise.all([
      this.tiers.list(workspaceId),
      this.policy.get(workspaceId),
      xpCurrency(this.currencies, workspaceId),
    ]);
    const scale = 10 ** (xp?.decimals ?? 0);
    const [m] = await this.orm.em.getConnection().execute<
      {
        purchase_total: string;
        purchase_count: string;
        xp_minor: string;
        next_id: string | null;
        purchase_total_needed: string | null;
        purchase_count_needed: string | null;
        xp_needed: string | null;
      }[]
    >(
      `select m.purchase_total, m.purchase_count, m.xp_minor, n.id as next_id,
              lacking.purchase_total as purchase_total_needed, lacking.purchase_count as purchase_count_needed,
              lacking.xp as xp_needed
         from tier_metrics(?, ?, ?::int, ?::uuid, now()) m
         left join tier n on n.workspace_id = ? and n.id = tier_next(?, ?::uuid)
         left join lateral tier_shortfall(n.min_purchase_total, n.min_purchase_count, n.min_xp,
                                          m.purchase_total, m.purchase_count, m.xp_minor / ?::numeric) lacking on true`,
      [
        workspaceId,
        customerId,
        policy.windowDays,
        xp?.id ?? null,
        workspaceId,
        workspaceId,
        currentTierId,
        scale,
      ],
    );
    const nextId = m?.next_id ?? null;
    const nextTier =
      nextId == null
        ? null
        : (tiers.find((t) => t.id === nextId) ??
          (await workspaceEm(this.orm, workspaceId).findOne(Tier, { id: nextId })));
    const needed = (value: string | null | undefined) => (nextTier && value != null ? Number(value) : null);
    return {
      purchaseTotal: Number(m?.purchase_total ?? 0),
      purchaseCount: Number(m?.purchase_count ?? 0),
      xp: Number(m?.xp_minor ?? 0) / scale,
      nextTier,
      purchaseTotalNeeded: needed(m?.purchase_total_needed),
      purchaseCountNeeded: needed(m?.purchase_count_needed),
      xpNeeded: needed(m?.xp_needed),
    };
  }

  /**
   * The earning rules of the customer's current tier, or null without a tier (the purchases module
   * then uses the programme's rules).
   */
  async rulesFor(workspaceId: string, customerId: string): Promise<EarningRules | null> {
    if (!isUuid(customerId)) return null;
    const [row] = await this.orm.em.getConnection().execute<{ rules: Record<string, unknown> }[]>(
      `select t.rules from customer_tier ct join tier t on t.workspace_id = ct.workspace_id and t.id = ct.tier_id
        where ct.customer_id = ? and ct.workspace_id = ?`,
      [customerId, workspaceId],
    );
    return row ? ({ ...NO_EARNING, ...row.rules } as EarningRules) : null;
  }
}
