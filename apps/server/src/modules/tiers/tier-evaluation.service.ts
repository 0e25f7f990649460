import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor, FieldChange } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { emSql } from '../../db/em-sql.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, refusal } from '../../graphql/errors.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import type { TierService } from './tier.service.js';
import { TIER_CHANGED } from './tier-history.js';
import type { TierPolicyService } from './tier-policy.service.js';

export interface TierChange {
  customerId: string;
  oldKey: string | null;
  newKey: string | null;
}

/** Customers evaluated per statement (recompute, review, deleting a tier). */
export const EVALUATE_CHUNK = 2000;
/** Chunks recomputeTiers evaluates at once (connections it takes from the pool). */
const RECOMPUTE_PARALLEL = 3;
export const TIER_ACTOR: Actor = { kind: 'system', id: null, name: 'Tiers' };

/** The workspace's XP currency, which tiers measure (none: XP counts as zero). */
export async function xpCurrency(currencies: CurrencyService, workspaceId: string) {
  return (await currencies.list(workspaceId)).find((c) => c.key === 'xp') ?? null;
}

/**
 * Deciding customers' tiers. The decision is made in the database (tier_evaluate, src/db/functions)
 * for one customer or a chunk of thousands; this service writes the TIER_CHANGED history rows in the
 * same transaction and kicks the outbox.
 */
export class TierEvaluationService {
  constructor(
    private readonly orm: MikroORM,
    private readonly tiers: () => TierService,
    private readonly policy: TierPolicyService,
    private readonly currencies: CurrencyService,
    private readonly afterCommit: () => void,
  ) {}

  /** Re-evaluates one customer now (the API); returns the change, if any. */
  async evaluate(
    workspaceId: string,
    customerId: string,
    actor: Actor,
    now = new Date(),
  ): Promise<TierChange | null> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    const changes = await this.evaluateMany(workspaceId, [customerId], actor, now);
    return changes.find((c) => c.oldKey !== c.newKey) ?? null;
  }

  /**
   * Re-evaluates these customers of the workspace in one transaction (a round of events: an import's
   * thousand new customers are one statement, not a thousand); deleted or unknown ones are passed over.
   */
  async evaluateMany(
    workspaceId: string,
    customerIds: string[],
    actor: Actor,
    now = new Date(),
  ): Promise<TierChange[]> {
    const ids = [...new Set(customerIds.filter(isUuid))];
    if (ids.length === 0 || (await this.tiers().list(workspaceId)).length === 0) return [];
    const changes = await workspaceEm(this.orm, workspaceId).transactional((em) =>
      this.evaluateWithin(em, workspaceId, ids, actor, { now }),
    );
    if (changes.length) this.afterCommit();
    return changes;
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
        .transactional((em) => this.evaluateWithin(em, workspaceId, ids, actor, { now }))
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
        this.evaluateWithin(em, workspaceId, ids, TIER_ACTOR, { now }),
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
  ): Promise<void> {
    const tiers = await this.tiers().list(workspaceId);
    const tier = tierId == null ? null : tiers.find((t) => t.id === tierId);
    if (tierId != null && !tier) throw badField(['tierId'], 'TIER_UNKNOWN');
    await workspaceEm(this.orm, workspaceId).transactional(async (em) => {
      const sql = emSql(em);
      const [customer] = isUuid(customerId)
        ? await sql.execute<{ id: string }[]>(
            'select id from customer where id = ? and workspace_id = ? and deleted_at is null',
            [customerId, workspaceId],
          )
        : [];
      if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
      await sql.execute(
        'insert into customer_tier (customer_id, workspace_id) values (?, ?) on conflict do nothing',
        [customerId, workspaceId],
      );
      const [row] = await sql.execute<{ key: string | null }[]>(
        `select t.key from customer_tier ct
           left join tier t on t.workspace_id = ct.workspace_id and t.id = ct.manual_tier_id
          where ct.workspace_id = ? and ct.customer_id = ? for update of ct`,
        [workspaceId, customerId],
      );
      const oldKey = row?.key ?? null;
      await sql.execute(
        'update customer_tier set manual_tier_id = ?, updated_at = now() where workspace_id = ? and customer_id = ?',
        [tier?.id ?? null, workspaceId, customerId],
      );
      const extra = new Map<string, FieldChange[]>();
      if (oldKey !== (tier?.key ?? null))
        extra.set(customerId, [{ key: 'manualTier', oldValue: oldKey, newValue: tier?.key ?? null }]);
      await this.evaluateWithin(em, workspaceId, [customerId], actor, { extra });
    });
    this.afterCommit();
  }

  /**
   * The one evaluation path: tier_evaluate for these customers, then one TIER_CHANGED history row
   * (and outbox event) per customer whose tier changed, in the caller's transaction. `extra` adds
   * changes (a manual floor) to a customer's event, and writes one for it even if the tier stays;
   * `exclude` evaluates as if that tier did not exist (it is being deleted).
   */
  async evaluateWithin(
    em: EntityManager,
    workspaceId: string,
    ids: string[],
    actor: Actor,
    options: { exclude?: string | null; extra?: Map<string, FieldChange[]>; now?: Date },
  ): Promise<TierChange[]> {
    const [policy, xp] = await Promise.all([
      this.policy.get(workspaceId),
      xpCurrency(this.currencies, workspaceId),
    ]);
    const now = options.now ?? new Date();
    const sql = emSql(em);
    const rows = await sql.execute<{ customer_id: string; old_key: string | null; new_key: string | null }[]>(
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
      await sql.execute(
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
}
