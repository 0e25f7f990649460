import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor, FieldChange, LocalizedText } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { CONFIG_KEY } from '../../common/keys.js';
import { cleanName, nameProblems } from '../../common/localized-name.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { fieldsChanged } from '../customer-search/field-cache.js';
import { checkEarningRules, type EarningRules, NO_EARNING } from '../loyalty-programme/earning-rules.js';
import { Tier } from './tier.entity.js';
import { TIER_CHANGED } from './tier-history.js';

export const DOWNGRADE_POLICIES = ['NEVER', 'IMMEDIATE', 'PERIOD_END'] as const;
export type DowngradePolicy = (typeof DOWNGRADE_POLICIES)[number];

/** How tiers are measured and kept, per workspace. */
export interface TierPolicy {
  /** Purchases and XP count over the last N days; null: all time. */
  windowDays: number | null;
  /** NEVER: a tier once reached is kept; IMMEDIATE: follows the measures; PERIOD_END: kept at least periodMonths. */
  downgradePolicy: DowngradePolicy;
  periodMonths: number;
}

export interface TierInput {
  key?: string | null;
  name: LocalizedText;
  position?: number | null;
  minPurchaseTotal?: number | null;
  minPurchaseCount?: number | null;
  minXp?: number | null;
  rules?: unknown;
}

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

export interface TierChange {
  customerId: string;
  oldKey: string | null;
  newKey: string | null;
}

const DEFAULT_POLICY: TierPolicy = { windowDays: null, downgradePolicy: 'NEVER', periodMonths: 12 };
const CACHE_MS = 5000;
/** Customers evaluated per statement (recompute, review, deleting a tier). */
export const EVALUATE_CHUNK = 2000;
/** Chunks recomputeTiers evaluates at once (connections it takes from the pool). */
const RECOMPUTE_PARALLEL = 3;
export const TIER_ACTOR: Actor = { kind: 'system', id: null, name: 'Tiers' };

type Conn = {
  execute<T>(sql: string, params: unknown[]): Promise<T>;
};

/**
 * Tiers (G5): definitions, the workspace policy, and each customer's tier. The decision itself is
 * made in the database (tier_evaluate, src/db/functions) for one customer or a chunk of thousands;
 * this service writes the TIER_CHANGED history rows in the same transaction and kicks the outbox.
 */
export class TierService {
  private readonly cache = new Map<string, { at: number; value: Promise<Tier[]> }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly currencies: CurrencyService,
    private readonly afterCommit: () => void,
  ) {}

  /** Lowest first; kept a few seconds because every evaluation reads it. */
  list(workspaceId: string): Promise<Tier[]> {
    const hit = this.cache.get(workspaceId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const value = workspaceEm(this.orm, workspaceId).find(Tier, {}, { orderBy: { position: 'asc' } });
    this.cache.set(workspaceId, { at: Date.now(), value });
    value.catch(() => this.cache.delete(workspaceId));
    return value;
  }

  private changed(workspaceId: string): void {
    this.cache.delete(workspaceId);
    fieldsChanged(workspaceId);
  }

  async create(workspaceId: string, input: TierInput): Promise<Tier> {
    const checked = await this.check(workspaceId, input, true);
    return this.save(workspaceId, async (em) => {
      const existing = await em.find(Tier, {}, { orderBy: { position: 'asc' } });
      const tier = em.create(Tier, {
        workspaceId,
        key: input.key as string,
        ...checked,
        position: existing.length + 1,
        createdAt: new Date(),
      });
      place(existing, tier, input.position ?? null);
      return tier;
    });
  }

  /** Everything but the key; a new position moves the others. Customers keep their tier until recomputeTiers. */
  async update(workspaceId: string, id: string, input: TierInput): Promise<Tier> {
    const checked = await this.check(workspaceId, input, false);
    return this.save(workspaceId, async (em) => {
      const tier = isUuid(id) ? await em.findOne(Tier, { id }) : null;
      if (!tier) throw refusal('TIER_NOT_FOUND');
      if (input.key != null && input.key !== tier.key) throw badField(['input', 'key'], 'TIER_KEY_FIXED');
      Object.assign(tier, checked);
      if (input.position != null && input.position !== tier.position) {
        const all = await em.find(Tier, {}, { orderBy: { position: 'asc' } });
        place(
          all.filter((t) => t.id !== tier.id),
          tier,
          input.position,
        );
      }
      return tier;
    });
  }

  /**
   * Deletes a tier. Its holders are re-evaluated as if it did not exist (whatever the downgrade
   * policy), each change in their history; a manual floor at this tier is removed. One transaction.
   */
  async delete(workspaceId: string, actor: Actor, id: string): Promise<string> {
    let written = false;
    await workspaceEm(this.orm, workspaceId).transactional(async (em) => {
      const tier = isUuid(id) ? await em.findOne(Tier, { id }) : null;
      if (!tier) throw refusal('TIER_NOT_FOUND');
      const conn = this.conn(em);
      const holders = await conn.execute<{ customer_id: string; manual: boolean }[]>(
        `select customer_id, manual_tier_id is not distinct from ? as manual from customer_tier
          where workspace_id = ? and (tier_id = ? or manual_tier_id = ?) order by customer_id`,
        [id, workspaceId, id, id],
      );
      await conn.execute(
        'update customer_tier set manual_tier_id = null where workspace_id = ? and manual_tier_id = ?',
        [workspaceId, id],
      );
      const extra = new Map<string, FieldChange[]>(
        holders
          .filter((h) => h.manual)
          .map((h) => [h.customer_id, [{ key: 'manualTier', oldValue: tier.key, newValue: null }]]),
      );
      for (let i = 0; i < holders.length; i += EVALUATE_CHUNK) {
        const ids = holders.slice(i, i + EVALUATE_CHUNK).map((h) => h.customer_id);
        const changes = await this.run(em, workspaceId, ids, actor, { exclude: id, extra });
        written ||= changes.length > 0 || extra.size > 0;
      }
      // Only deleted customers can still hold it: they are never evaluated.
      await conn.execute(
        'update customer_tier set tier_id = null, since = null, review_at = null where workspace_id = ? and tier_id = ?',
        [workspaceId, id],
      );
      em.remove(tier);
      const rest = (await em.find(Tier, {}, { orderBy: { position: 'asc' } })).filter((t) => t.id !== id);
      rest.forEach((t, i) => {
        t.position = i + 1;
      });
    });
    this.changed(workspaceId);
    if (written) this.afterCommit();
    return id;
  }

  async policy(workspaceId: string): Promise<TierPolicy> {
    const [row] = await this.orm.em
      .getConnection()
      .execute<{ window_days: number | null; downgrade_policy: DowngradePolicy; period_months: number }[]>(
        'select window_days, downgrade_policy, period_months from tier_policy where workspace_id = ?',
        [workspaceId],
      );
    return row
      ? {
          windowDays: row.window_days,
          downgradePolicy: row.downgrade_policy,
          periodMonths: row.period_months,
        }
      : { ...DEFAULT_POLICY };
  }

  /** Takes effect at each customer's next evaluation; run recomputeTiers to apply it to everyone now. */
  async updatePolicy(workspaceId: string, input: Partial<TierPolicy>): Promise<TierPolicy> {
    const current = await this.policy(workspaceId);
    const next: TierPolicy = {
      windowDays: input.windowDays === undefined ? current.windowDays : input.windowDays,
      downgradePolicy: input.downgradePolicy ?? current.downgradePolicy,
      periodMonths: input.periodMonths ?? current.periodMonths,
    };
    const problems: FieldProblem[] = [];
    if (
      next.windowDays != null &&
      (!Number.isInteger(next.windowDays) || next.windowDays < 1 || next.windowDays > 3660)
    )
      problems.push(fieldProblem(['input', 'windowDays'], 'TIER_WINDOW_DAYS', { max: 3660 }));
    if (!DOWNGRADE_POLICIES.includes(next.downgradePolicy))
      problems.push(fieldProblem(['input', 'downgradePolicy'], 'TIER_DOWNGRADE_POLICY'));
    if (!Number.isInteger(next.periodMonths) || next.periodMonths < 1 || next.periodMonths > 120)
      problems.push(fieldProblem(['input', 'periodMonths'], 'TIER_PERIOD_MONTHS', { min: 1, max: 120 }));
    if (problems.length) throw badInput(problems);
    await this.orm.em.getConnection().execute(
      `insert into tier_policy (workspace_id, window_days, downgrade_policy, period_months) values (?, ?, ?, ?)
       on conflict (workspace_id) do update set window_days = excluded.window_days,
         downgrade_policy = excluded.downgrade_policy, period_months = excluded.period_months, updated_at = now()`,
      [workspaceId, next.windowDays, next.downgradePolicy, next.periodMonths],
    );
    return next;
  }

  /** Re-evaluates one customer now (events, the API); returns the change, if any. */
  async evaluate(
    workspaceId: string,
    customerId: string,
    actor: Actor,
    now = new Date(),
  ): Promise<TierChange | null> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    if ((await this.list(workspaceId)).length === 0) return null;
    const changes = await workspaceEm(this.orm, workspaceId).transactional((em) =>
      this.run(em, workspaceId, [customerId], actor, { now }),
    );
    if (changes.length) this.afterCommit();
    return changes.find((c) => c.oldKey !== c.newKey) ?? null;
  }

  /**
   * Re-evaluates every live customer of the workspace, EVALUATE_CHUNK customers per statement and
   * transaction (after thresholds, positions or the policy change).
   */
  async recompute(
    workspaceId: string,
    actor: Actor,
    now = new Date(),
  ): Promise<{ evaluated: number; changed: number }> {
    let after = '00000000-0000-0000-0000-000000000000';
    let evaluated = 0;
    let changed = 0;
    const inFlight = new Set<Promise<void>>();
    let failure: unknown = null;
    for (;;) {
      const ids = (
        await this.orm.em
          .getConnection()
          .execute<{ id: string }[]>(
            `select id from customer where workspace_id = ? and deleted_at is null and id > ? order by id limit ${EVALUATE_CHUNK}`,
            [workspaceId, after],
          )
      ).map((r) => r.id);
      if (ids.length === 0) break;
      // Chunks hold disjoint customers, so a few run side by side without waiting on each other.
      const chunk: Promise<void> = workspaceEm(this.orm, workspaceId)
        .transactional((em) => this.run(em, workspaceId, ids, actor, { now }))
        .then((changes) => {
          evaluated += ids.length;
          changed += changes.filter((c) => c.oldKey !== c.newKey).length;
        })
        .catch((error) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(chunk));
      inFlight.add(chunk);
      if (inFlight.size >= RECOMPUTE_PARALLEL) await Promise.race(inFlight);
      if (failure) break;
      after = ids.at(-1) as string;
      if (ids.length < EVALUATE_CHUNK) break;
    }
    await Promise.all(inFlight);
    if (changed) this.afterCommit();
    if (failure) throw failure;
    return { evaluated, changed };
  }

  /** PERIOD_END: re-evaluates customers whose review date has come; returns how many were due. */
  async reviewDue(now = new Date(), limit = 500): Promise<number> {
    const due = await this.orm.em.getConnection().execute<{ workspace_id: string; customer_id: string }[]>(
      `select ct.workspace_id, ct.customer_id from customer_tier ct
         join customer c on c.workspace_id = ct.workspace_id and c.id = ct.customer_id and c.deleted_at is null
        where ct.review_at <= ? order by ct.review_at limit ?`,
      [now, limit],
    );
    const byWorkspace = new Map<string, string[]>();
    for (const row of due)
      byWorkspace.set(row.workspace_id, [...(byWorkspace.get(row.workspace_id) ?? []), row.customer_id]);
    let written = 0;
    for (const [workspaceId, ids] of byWorkspace) {
      const changes = await workspaceEm(this.orm, workspaceId).transactional((em) =>
        this.run(em, workspaceId, ids, TIER_ACTOR, { now }),
      );
      written += changes.length;
    }
    if (written) this.afterCommit();
    return written > 0 ? due.length : 0;
  }

  /** Sets (or with null removes) the floor below which the customer never sits, and re-evaluates. */
  async setManualTier(
    workspaceId: string,
    actor: Actor,
    customerId: string,
    tierId: string | null,
  ): Promise<CustomerTierStatus> {
    const tiers = await this.list(workspaceId);
    const tier = tierId == null ? null : tiers.find((t) => t.id === tierId);
    if (tierId != null && !tier) throw badField(['tierId'], 'TIER_UNKNOWN');
    await workspaceEm(this.orm, workspaceId).transactional(async (em) => {
      const conn = this.conn(em);
      const [customer] = isUuid(customerId)
        ? await conn.execute<{ id: string }[]>(
            'select id from customer where id = ? and workspace_id = ? and deleted_at is null',
            [customerId, workspaceId],
          )
        : [];
      if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
      await conn.execute(
        'insert into customer_tier (customer_id, workspace_id) values (?, ?) on conflict do nothing',
        [customerId, workspaceId],
      );
      const [row] = await conn.execute<{ key: string | null }[]>(
        `select t.key from customer_tier ct
           left join tier t on t.workspace_id = ct.workspace_id and t.id = ct.manual_tier_id
          where ct.workspace_id = ? and ct.customer_id = ? for update of ct`,
        [workspaceId, customerId],
      );
      const oldKey = row?.key ?? null;
      await conn.execute(
        'update customer_tier set manual_tier_id = ?, updated_at = now() where workspace_id = ? and customer_id = ?',
        [tier?.id ?? null, workspaceId, customerId],
      );
      const extra = new Map<string, FieldChange[]>();
      if (oldKey !== (tier?.key ?? null))
        extra.set(customerId, [{ key: 'manualTier', oldValue: oldKey, newValue: tier?.key ?? null }]);
      await this.run(em, workspaceId, [customerId], actor, { extra });
    });
    this.afterCommit();
    return (await this.statuses(workspaceId, [customerId])).get(customerId) as CustomerTierStatus;
  }

  /** Live customers per current tier. */
  async customerCounts(workspaceId: string): Promise<Map<string, number>> {
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
      this.list(workspaceId),
      this.policy(workspaceId),
      this.xpCurrency(workspaceId),
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
    const purchaseTotal = Number(m?.purchase_total ?? 0);
    const purchaseCount = Number(m?.purchase_count ?? 0);
    const xpUnits = Number(m?.xp_minor ?? 0) / scale;
    const nextId = m?.next_id ?? null;
    const nextTier =
      nextId == null
        ? null
        : (tiers.find((t) => t.id === nextId) ??
          (await workspaceEm(this.orm, workspaceId).findOne(Tier, { id: nextId })));
    const needed = (value: string | null | undefined) => (nextTier && value != null ? Number(value) : null);
    return {
      purchaseTotal,
      purchaseCount,
      xp: xpUnits,
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

  /**
   * The one evaluation path: tier_evaluate for these customers, then one TIER_CHANGED history row
   * (and outbox event) per customer whose tier changed, in the caller's transaction. `extra` adds
   * changes (a manual floor) to a customer's event, and writes one for it even if the tier stays.
   */
  private async run(
    em: EntityManager,
    workspaceId: string,
    ids: string[],
    actor: Actor,
    options: { exclude?: string | null; extra?: Map<string, FieldChange[]>; now?: Date },
  ): Promise<TierChange[]> {
    const [policy, xp] = await Promise.all([this.policy(workspaceId), this.xpCurrency(workspaceId)]);
    const now = options.now ?? new Date();
    const conn = this.conn(em);
    const rows = await conn.execute<
      { customer_id: string; old_key: string | null; new_key: string | null }[]
    >(
      `select customer_id, old_key, new_key from tier_evaluate(?::uuid, array(select jsonb_array_elements_text(?::jsonb)::uuid),
         ?::uuid, ?::int, ?::uuid, ?::numeric, ?, ?::int, ?::timestamptz)`,
      [
        workspaceId,
        JSON.stringify(ids),
        options.exclude ?? null,
        policy.windowDays,
        xp?.id ?? null,
        10 ** (xp?.decimals ?? 0),
        policy.downgradePolicy,
        policy.periodMonths,
        now,
      ],
    );
    const changes = rows.map((r) => ({ customerId: r.customer_id, oldKey: r.old_key, newKey: r.new_key }));
    const events = new Map<string, FieldChange[]>();
    for (const id of ids) {
      const extra = options.extra?.get(id);
      if (extra?.length) events.set(id, [...extra]);
    }
    for (const c of changes) {
      if (c.oldKey === c.newKey) continue;
      events.set(c.customerId, [
        ...(events.get(c.customerId) ?? []),
        { key: 'tier', oldValue: c.oldKey, newValue: c.newKey },
      ]);
    }
    if (events.size) {
      await conn.execute(
        `select history_record(?::uuid, x.customer_id, '${TIER_CHANGED.type}', ?, ?, ?, ?, x.changes, ?::timestamptz)
           from jsonb_to_recordset(?::jsonb) as x(customer_id uuid, changes jsonb)`,
        [
          workspaceId,
          TIER_CHANGED.event,
          actor.kind,
          actor.id,
          actor.name,
          now,
          JSON.stringify([...events].map(([customer_id, changes]) => ({ customer_id, changes }))),
        ],
      );
    }
    return changes;
  }

  private async xpCurrency(workspaceId: string) {
    return (await this.currencies.list(workspaceId)).find((c) => c.key === 'xp') ?? null;
  }

  /** Raw SQL inside the ORM transaction of `em`. */
  private conn(em: EntityManager): Conn {
    const connection = em.getConnection();
    const ctx = em.getTransactionContext();
    return {
      execute: <T>(sql: string, params: unknown[]) =>
        connection.execute(sql, params, 'all', ctx) as unknown as Promise<T>,
    };
  }

  private async check(workspaceId: string, input: TierInput, creating: boolean) {
    const problems: FieldProblem[] = [];
    if (creating && (typeof input.key !== 'string' || !CONFIG_KEY.test(input.key)))
      problems.push(fieldProblem(['input', 'key'], 'KEY_FORMAT'));
    const name = cleanName(input.name ?? {});
    problems.push(...nameProblems(name, ['input', 'name']));
    if (input.position != null && (!Number.isInteger(input.position) || input.position < 1))
      problems.push(fieldProblem(['input', 'position'], 'TIER_POSITION'));
    const money = input.minPurchaseTotal;
    if (
      money != null &&
      (!Number.isFinite(money) || money < 0 || money > 1e12 || Math.round(money * 100) !== money * 100)
    )
      problems.push(fieldProblem(['input', 'minPurchaseTotal'], 'TIER_MIN_PURCHASE_TOTAL'));
    const count = input.minPurchaseCount;
    if (count != null && (!Number.isInteger(count) || count < 0 || count > 1e9))
      problems.push(fieldProblem(['input', 'minPurchaseCount'], 'TIER_MIN_PURCHASE_COUNT'));
    const xp = input.minXp;
    if (xp != null && (!Number.isFinite(xp) || xp < 0 || xp > 1e12))
      problems.push(fieldProblem(['input', 'minXp'], 'TIER_MIN_XP'));
    const keys = (await this.currencies.list(workspaceId)).map((c) => c.key);
    const rules = checkEarningRules(input.rules ?? {}, keys, ['input', 'rules']);
    problems.push(...rules.problems);
    if (problems.length) throw badInput(problems);
    return {
      name,
      minPurchaseTotal: money ?? null,
      minPurchaseCount: count ?? null,
      minXp: xp ?? null,
      rules: rules.rules as unknown as Record<string, unknown>,
    };
  }

  private async save(workspaceId: string, work: (em: EntityManager) => Promise<Tier>): Promise<Tier> {
    try {
      const tier = await workspaceEm(this.orm, workspaceId).transactional(work);
      this.changed(workspaceId);
      return tier;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw badField(['input', 'key'], 'TIER_KEY_TAKEN');
      throw error;
    }
  }
}

/** Puts `tier` at `position` (1-based; null: last) among `others` and numbers them all 1..n. */
function place(others: Tier[], tier: Tier, position: number | null): void {
  const list = others.filter((t) => t !== tier);
  const at = Math.min(Math.max((position ?? list.length + 1) - 1, 0), list.length);
  list.splice(at, 0, tier);
  list.forEach((t, i) => {
    t.position = i + 1;
  });
}
