import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField } from '../../graphql/errors.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { recordHistory } from '../history/history.service.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import type { LedgerOperation } from '../ledger/ledger-operation.js';
import { reasonText } from '../ledger/ledger-reasons.js';
import type { PurchaseService } from '../purchases/purchase.service.js';
import { REFERRAL_CLEARED, REFERRAL_RECORDED } from './referral-history.js';

export interface Referral {
  customerId: string;
  referrerId: string;
  createdAt: Date;
  /** The referrer's join reward; empty when the rules give none or the referrer is inactive. */
  rewards: LedgerOperation[];
}

/**
 * Referrals: a customer names who brought them, once. The referrer earns the join reward of
 * their own rules in the same transaction, and later a share of every paid purchase (see
 * PurchaseService.earn).
 */
export class ReferralService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly ledger: LedgerService,
    private readonly currencies: CurrencyService,
    private readonly purchases: PurchaseService,
    private readonly afterCommit: () => void,
  ) {}

  async record(
    workspaceId: string,
    actor: Actor,
    input: { customerId: string; referrerId: string },
    at = ['input'],
  ): Promise<Referral> {
    const { customerId, referrerId } = input;
    if (customerId === referrerId) throw badField([...at, 'referrerId'], 'REFERRAL_SELF');
    await this.purchases.checkCustomer(workspaceId, customerId, [...at, 'customerId']);
    const referrer = isUuid(referrerId)
      ? (
          await this.sql.query<{ status: string; deleted_at: Date | null }>(
            'select status, deleted_at from customer where id = ? and workspace_id = ?',
            [referrerId, workspaceId],
          )
        )[0]
      : undefined;
    if (!referrer || referrer.deleted_at) throw badField([...at, 'referrerId'], 'REFERRER_UNKNOWN');
    const rules = await this.purchases.rulesFor(workspaceId, referrerId);
    const currencies = await this.currencies.list(workspaceId);
    try {
      const referral = await this.sql.transaction(async (run) => {
        const [row] = await run<{ created_at: Date }>(
          'insert into referral (customer_id, workspace_id, referrer_id) values (?, ?, ?) returning created_at',
          [customerId, workspaceId, referrerId],
        );
        const rewards: LedgerOperation[] = [];
        const keys = rules.referralJoinReward.map((_, i) => `referral:${customerId}:join:${i}`);
        if (referrer.status === 'ACTIVE' && !(await this.joinRewarded(run, workspaceId, keys)))
          for (const [i, reward] of rules.referralJoinReward.entries()) {
            if (!currencies.some((c) => c.key === reward.currency) || reward.amount <= 0) continue;
            const done = await this.ledger.applyWithin(
              run,
              workspaceId,
              actor,
              {
                customerId: referrerId,
                currency: reward.currency,
                amount: reward.amount,
                kind: 'EARN',
                reason: reasonText('REFERRAL_JOIN'),
                idempotencyKey: keys[i] as string,
              },
              [...at, 'referrerId'],
            );
            if ('operation' in done) rewards.push(done.operation);
          }
        await recordHistory(run, workspaceId, customerId, REFERRAL_RECORDED, actor, [
          { key: 'referrer', oldValue: null, newValue: referrerId },
        ]);
        return { customerId, referrerId, createdAt: row?.created_at ?? new Date(), rewards };
      });
      this.afterCommit();
      return referral;
    } catch (error) {
      if (violates(error, '23505', 'referral_pkey')) throw badField([...at, 'customerId'], 'REFERRER_EXISTS');
      throw error;
    }
  }

  /**
   * Takes the referrer away (a wrong one set by mistake). Rewards already earned stay on the
   * referrer's ledger (reverse them there if they should go); a referrer set later earns no second
   * join reward for the same customer.
   */
  async clear(workspaceId: string, actor: Actor, customerId: string): Promise<void> {
    await this.sql.transaction(async (run) => {
      const [row] = isUuid(customerId)
        ? await run<{ referrer_id: string }>(
            'delete from referral where workspace_id = ? and customer_id = ? returning referrer_id',
            [workspaceId, customerId],
          )
        : [];
      if (!row) throw badField(['customerId'], 'REFERRER_NONE');
      await recordHistory(run, workspaceId, customerId, REFERRAL_CLEARED, actor, [
        { key: 'referrer', oldValue: row.referrer_id, newValue: null },
      ]);
    });
    this.afterCommit();
  }

  /** Whether a join reward for this customer was paid before (to an earlier referrer). */
  private async joinRewarded(run: Run, workspaceId: string, keys: string[]): Promise<boolean> {
    if (!keys.length) return false;
    const rows = await run<{ found: number }>(
      'select 1 as found from ledger_operation where workspace_id = ? and idempotency_key = any(?::text[]) limit 1',
      [workspaceId, pgArray(keys)],
    );
    return rows.length > 0;
  }

  /** Who referred each of these customers (those referred by someone). */
  async referrers(workspaceId: string, customerIds: string[]): Promise<Map<string, string>> {
    const rows = await this.sql.query<{ customer_id: string; referrer_id: string }>(
      'select customer_id, referrer_id from referral where customer_id = any(?::uuid[]) and workspace_id = ?',
      [pgArray(customerIds), workspaceId],
    );
    return new Map(rows.map((r) => [r.customer_id, r.referrer_id]));
  }

  /** The customers each of these referred, newest first, 500 at most each. */
  async referred(workspaceId: string, referrerIds: string[]): Promise<Map<string, string[]>> {
    const rows = await this.sql.query<{ referrer_id: string; customer_id: string }>(
      `select referrer_id, customer_id from (
         select referrer_id, customer_id, created_at,
                row_number() over (partition by referrer_id order by created_at desc) as n
           from referral where referrer_id = any(?::uuid[]) and workspace_id = ?) r
        where n <= 500 order by created_at desc`,
      [pgArray(referrerIds), workspaceId],
    );
    const byReferrer = new Map<string, string[]>();
    for (const r of rows)
      byReferrer.set(r.referrer_id, [...(byReferrer.get(r.referrer_id) ?? []), r.customer_id]);
    return byReferrer;
  }
}
