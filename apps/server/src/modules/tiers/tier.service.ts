import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor, FieldChange } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { emSql } from '../../db/em-sql.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { badField, refusal } from '../../graphql/errors.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { fieldsChanged } from '../customer-search/field-cache.js';
import { Tier } from './tier.entity.js';
import { EVALUATE_CHUNK, type TierEvaluationService } from './tier-evaluation.service.js';
import { checkTierInput, place, type TierInput } from './tier-input.js';

const CACHE_MS = 5000;

/**
 * The workspace's tiers: ordered by position, each with optional thresholds and its own earning
 * rules. Customers' tiers are decided by TierEvaluationService, read by CustomerTierService; the
 * policy is TierPolicyService's.
 */
export class TierService {
  private readonly cache = new Map<string, { at: number; value: Promise<Tier[]> }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly currencies: CurrencyService,
    /** Deleting a tier re-evaluates its holders; the evaluation reads the tiers, so each reaches the other when called. */
    private readonly evaluation: () => TierEvaluationService,
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
    const checked = checkTierInput(input, true, await this.currencyKeys(workspaceId));
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
    const checked = checkTierInput(input, false, await this.currencyKeys(workspaceId));
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
      const sql = emSql(em);
      const holders = await sql.execute<{ customer_id: string; manual: boolean }[]>(
        `select customer_id, manual_tier_id is not distinct from ? as manual from customer_tier
          where workspace_id = ? and (tier_id = ? or manual_tier_id = ?) order by customer_id`,
        [id, workspaceId, id, id],
      );
      await sql.execute(
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
        const changes = await this.evaluation().evaluateWithin(em, workspaceId, ids, actor, {
          exclude: id,
          extra,
        });
        written ||= changes.length > 0 || extra.size > 0;
      }
      // Only deleted customers can still hold it: they are never evaluated.
      await sql.execute(
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

  private async currencyKeys(workspaceId: string): Promise<string[]> {
    return (await this.currencies.list(workspaceId)).map((c) => c.key);
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
