import { createHash } from 'node:crypto';
import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, badInput, type FieldProblem, fieldProblem, refusal } from '../../graphql/errors.js';
import type { BranchService } from '../branches/branch.service.js';
import type { Currency } from '../currencies/currency.entity.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { recordHistory } from '../history/history.service.js';
import { amountProblem } from '../ledger/amounts.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { type LedgerReasonCode, reasonText } from '../ledger/ledger-reasons.js';
import type { EarningRules } from '../loyalty-programme/earning-rules.js';
import type { LoyaltyProgrammeService, Programme } from '../loyalty-programme/loyalty-programme.service.js';
import type { StockService } from '../products/stock.service.js';
import { type CurrencyScale, type EarningSource, earnings, referralShare } from './earnings.js';
import { localDay } from './local-day.js';
import { claimBranch, lockBranch } from './purchase-branch.js';
import { PURCHASE_HISTORY } from './purchase-history.js';
import { checkPurchase, type PurchaseRequest } from './purchase-request.js';
import { type LedgerEntry, minorOf, type Purchase, type PurchaseRow, toPurchase } from './purchase-row.js';

/** The customer's tier rules, when the tiers module gives the customer a tier. */
export type TierRulesSource = (workspaceId: string, customerId: string) => Promise<EarningRules | null>;

type Path = (string | number)[];

const REASON: Record<EarningSource, LedgerReasonCode> = {
  CASHBACK: 'PURCHASE_CASHBACK',
  POINTS: 'PURCHASE_POINTS',
  FIRST_PURCHASE: 'FIRST_PURCHASE',
  BIRTHDAY: 'BIRTHDAY',
};
const KEY_INDEX = 'purchase_workspace_id_idempotency_key_key';

export function scales(currencies: readonly Currency[]): Map<string, CurrencyScale> {
  return new Map(currencies.map((c) => [c.key, { decimals: c.decimals, unitValue: Number(c.unitValue) }]));
}

/**
 * Records purchases with what they spend and earn. A purchase, its spends, its
 * earnings, the referrer's share, the running totals and the history event commit in one
 * transaction, so a refusal anywhere leaves nothing behind. A customer's purchases are serialised
 * (advisory lock) so the daily cap and "first purchase" hold under parallel tills.
 */
export class PurchaseService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly ledger: LedgerService,
    private readonly currencies: CurrencyService,
    private readonly programme: LoyaltyProgrammeService,
    private readonly afterCommit: () => void,
    /** The customer's tier's rules (the tiers module's), or null: then the programme's apply. */
    private readonly tierRules: TierRulesSource,
    private readonly branches: BranchService,
    private readonly stock: StockService,
  ) {}

  /** The customer's tier rules, else the programme's (pass the programme when it is at hand). */
  async rulesFor(workspaceId: string, customerId: string, programme?: Programme): Promise<EarningRules> {
    return (
      (await this.tierRules(workspaceId, customerId)) ??
      (programme ?? (await this.programme.get(workspaceId))).rules
    );
  }

  async record(
    workspaceId: string,
    actor: Actor,
    input: PurchaseRequest,
    at: Path = ['input'],
    /**
     * `applyEarningRules: false` records a purchase that earns nothing (history brought in by an
     * import); `moveStock: false` one that takes nothing from stock (the past: the import's).
     */
    options: { applyEarningRules?: boolean; moveStock?: boolean } = {},
  ): Promise<Purchase> {
    const applyEarningRules = options.applyEarningRules ?? true;
    const moveStock = options.moveStock ?? true;
    const { purchase: p, problems } = checkPurchase(input, at);
    const currencies = await this.currencies.list(workspaceId);
    const spendMinor = p.spend.map((s, i) => spendValue(s, currencies, [...at, 'spend', i], problems));
    if (problems.length) throw badInput(problems);
    if (!isUuid(p.customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    const hash = createHash('sha256')
      .update(
        JSON.stringify([
          p.customerId,
          p.amountMinor,
          p.invoiceNumber,
          p.items,
          p.branch,
          input.purchasedAt?.toISOString() ?? null,
          p.paymentStatus,
          p.spend,
        ]),
      )
      .digest('base64url');
    const earlier = await this.byKey(workspaceId, p.idempotencyKey);
    if (earlier) return replay(earlier, hash);
    await this.checkCustomer(workspaceId, p.customerId, [...at, 'customerId']);
    const branchPath = [...at, 'branch'];
    const claim = await claimBranch(this.branches, workspaceId, actor, p.branch, branchPath);

    const programme = await this.programme.get(workspaceId);
    const { timeZone } = programme;
    const rules = await this.rulesFor(workspaceId, p.customerId, programme);
    const spentValue = spendMinor.reduce((sum, v) => sum + v, 0);
    if (spentValue > p.amountMinor)
      throw badField([...at, 'spend'], 'SPEND_OVER_INVOICE', { value: spentValue / 100 });
    if (rules.maxSpendPercentPerInvoice != null) {
      const cap = Math.floor((p.amountMinor * rules.maxSpendPercentPerInvoice) / 100);
      if (spentValue > cap)
        throw badField([...at, 'spend'], 'SPEND_CAP_INVOICE', {
          max: cap / 100,
          percent: rules.maxSpendPercentPerInvoice,
        });
    }
    const day = localDay(p.purchasedAt, timeZone);
    try {
      const row = await this.sql.transaction(async (run) => {
        await run('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`purchase:${p.customerId}`]);
        const branch = await lockBranch(this.branches, run, workspaceId, claim, branchPath);
        if (rules.maxSpendPerDay != null && spentValue > 0) {
          const [used] = await run<{ minor: string }>(
            `select (coalesce(sum(spent_value), 0) * 100)::bigint as minor from purchase
              where workspace_id = ? and customer_id = ? and (purchased_at at time zone ?)::date = ?::date`,
            [workspaceId, p.customerId, timeZone, day.date],
          );
          const cap = Math.round(rules.maxSpendPerDay * 100);
          const before = Number(used?.minor ?? 0);
          if (before + spentValue > cap)
            throw badField([...at, 'spend'], 'SPEND_CAP_DAY', {
              max: cap / 100,
              used: before / 100,
              date: day.date,
            });
        }
        const stock = moveStock
          ? await this.stock.claimForPurchase(
              run,
              workspaceId,
              p.items.map((item, index) => ({ index, sku: item.sku, quantity: item.quantity })),
              at,
            )
          : null;
        // Only the first-purchase bonus asks whether the customer has earned before.
        const first =
          rules.firstPurchaseBonus.length > 0 && !(await hasEarned(run, workspaceId, p.customerId));
        const [inserted] = await run<PurchaseRow>(
          `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, invoice_number, amount,
             spent_value, paid_amount, items, branch, payment_status, purchased_at, actor_kind, actor_id, actor_name)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) returning *`,
          [
            workspaceId,
            p.customerId,
            p.idempotencyKey,
            hash,
            p.invoiceNumber,
            p.amountMinor / 100,
            spentValue / 100,
            (p.amountMinor - spentValue) / 100,
            JSON.stringify(p.items),
            branch,
            p.paymentStatus,
            p.purchasedAt,
            actor.kind,
            actor.id,
            actor.name,
          ],
        );
        if (!inserted) throw new Error('The purchase was not written');
        if (stock) await this.stock.sell(run, workspaceId, actor, stock, inserted.id);
        const entries: LedgerEntry[] = [];
        for (const [i, s] of p.spend.entries()) {
          const done = await this.ledger.applyWithin(
            run,
            workspaceId,
            actor,
            {
              customerId: p.customerId,
              currency: s.currency,
              amount: -s.amount,
              kind: 'SPEND',
              reason: reasonText('PURCHASE_PAID', { invoice: p.invoiceNumber }),
              idempotencyKey: `purchase:${inserted.id}:spend:${s.currency}`,
            },
            [...at, 'spend', i],
          );
          if ('operation' in done) entries.push(entry(done.operation, 'SPEND', currencies));
        }
        if (p.paymentStatus !== 'PENDING' && applyEarningRules)
          entries.push(...(await this.earn(run, workspaceId, actor, inserted, rules, programme, first, at)));
        await run(
          `update purchase set ledger = ?::jsonb, earned_at = case when payment_status <> 'PENDING' then now() end
            where workspace_id = ? and id = ?`,
          [JSON.stringify(entries), workspaceId, inserted.id],
        );
        await run(
          `insert into customer_purchase_stats as s (customer_id, workspace_id, total, count, first_purchase_at, last_purchase_at)
           values (?, ?, ?, 1, ?, ?)
           on conflict (workspace_id, customer_id) do update set total = s.total + excluded.total, count = s.count + 1,
             first_purchase_at = least(s.first_purchase_at, excluded.first_purchase_at),
             last_purchase_at = greatest(s.last_purchase_at, excluded.last_purchase_at)`,
          [p.customerId, workspaceId, p.amountMinor / 100, p.purchasedAt, p.purchasedAt],
        );
        await recordHistory(run, workspaceId, p.customerId, PURCHASE_HISTORY.recorded, actor, [
          {
            key: 'purchase',
            oldValue: null,
            newValue: {
              id: inserted.id,
              amount: p.amountMinor / 100,
              invoiceNumber: p.invoiceNumber,
              branch,
              paymentStatus: p.paymentStatus,
            },
          },
        ]);
        return { ...inserted, ledger: entries };
      });
      this.afterCommit();
      return toPurchase(row);
    } catch (error) {
      if (violates(error, '23505', KEY_INDEX)) {
        // A parallel request with the same key won: answer as it did.
        const winner = await this.byKey(workspaceId, p.idempotencyKey);
        if (winner) return replay(winner, hash);
      }
      throw error;
    }
  }

  /** A pending purchase is paid: it earns now what it would have earned when recorded. */
  async markPaid(
    workspaceId: string,
    actor: Actor,
    purchaseId: string,
    at: Path = ['purchaseId'],
  ): Promise<Purchase> {
    const row = await this.sql.transaction(async (run) => {
      const purchase = await this.lockPurchase(run, workspaceId, purchaseId);
      if (purchase.payment_status !== 'PENDING') return purchase;
      // Inside the transaction's connection: a second one from the same pool could wait for ever.
      await this.checkCustomer(workspaceId, purchase.customer_id, at, run);
      const programme = await this.programme.get(workspaceId, run);
      const rules = await this.rulesFor(workspaceId, purchase.customer_id, programme);
      const earned = await this.earn(
        run,
        workspaceId,
        actor,
        purchase,
        rules,
        programme,
        rules.firstPurchaseBonus.length > 0 && !(await hasEarned(run, workspaceId, purchase.customer_id)),
        at,
      );
      const ledger = [...purchase.ledger, ...earned];
      const [updated] = await run<PurchaseRow>(
        `update purchase set payment_status = 'PAID', earned_at = now(), ledger = ?::jsonb
          where workspace_id = ? and id = ? returning *`,
        [JSON.stringify(ledger), workspaceId, purchase.id],
      );
      await recordHistory(run, workspaceId, purchase.customer_id, PURCHASE_HISTORY.recorded, actor, [
        { key: 'paymentStatus', oldValue: 'PENDING', newValue: 'PAID' },
      ]);
      return updated ?? purchase;
    });
    this.afterCommit();
    return toPurchase(row);
  }

  /** The purchase, locked for the rest of the transaction (returns and payment wait for each other). */
  async lockPurchase(run: Run, workspaceId: string, purchaseId: string): Promise<PurchaseRow> {
    if (!isUuid(purchaseId)) throw refusal('PURCHASE_NOT_FOUND');
    const [row] = await run<PurchaseRow>(
      'select * from purchase where id = ? and workspace_id = ? for update',
      [purchaseId, workspaceId],
    );
    if (!row) throw refusal('PURCHASE_NOT_FOUND');
    return row;
  }

  /** Earnings of the paid part still kept (a return before payment earns on what is left). */
  private async earn(
    run: Run,
    workspaceId: string,
    actor: Actor,
    purchase: PurchaseRow,
    rules: EarningRules,
    programme: Programme,
    firstPurchase: boolean,
    at: Path,
  ): Promise<LedgerEntry[]> {
    const currencies = await this.currencies.list(workspaceId);
    const scale = scales(currencies);
    const returnedBefore = minorOf(purchase.returned_amount);
    const kept = (minorOf(purchase.amount) - returnedBefore) / minorOf(purchase.amount);
    if (kept <= 0) return [];
    const paidMinor = Math.floor(minorOf(purchase.paid_amount) * kept);
    const day = localDay(new Date(purchase.purchased_at), programme.timeZone);
    // The customer's birthday is read only when the rules give a birthday bonus.
    const [customer] = rules.birthdayBonus.length
      ? await run<{ birth: string | null }>(
          `select attributes->>'birthDate' as birth from customer where workspace_id = ? and id = ?`,
          [workspaceId, purchase.customer_id],
        )
      : [];
    const birthday = Boolean(customer?.birth && customer.birth.slice(5, 10) === day.monthDay);
    const entries: LedgerEntry[] = [];
    const found = earnings(
      rules,
      { paidMinor, items: purchase.items, weekday: day.weekday, firstPurchase, birthday },
      scale,
    );
    for (const e of found) {
      const idempotencyKey =
        e.source === 'FIRST_PURCHASE'
          ? `first-purchase:${purchase.customer_id}:${e.currency}`
          : e.source === 'BIRTHDAY'
            ? `birthday:${purchase.customer_id}:${day.date.slice(0, 4)}:${e.currency}`
            : `purchase:${purchase.id}:earn:${e.source}:${e.currency}`;
      const done = await this.ledger.applyWithin(
        run,
        workspaceId,
        actor,
        {
          customerId: purchase.customer_id,
          currency: e.currency,
          amount: e.amount,
          kind: 'EARN',
          reason: reasonText(REASON[e.source], { invoice: purchase.invoice_number }),
          idempotencyKey,
        },
        at,
        { existing: true },
      );
      if ('operation' in done) entries.push({ ...entry(done.operation, 'EARN', currencies), returnedBefore });
    }
    const [referral] = await run<{ referrer_id: string }>(
      `select r.referrer_id from referral r join customer c on c.workspace_id = r.workspace_id and c.id = r.referrer_id
        where r.workspace_id = ? and r.customer_id = ? and c.status = 'ACTIVE' and c.deleted_at is null`,
      [workspaceId, purchase.customer_id],
    );
    if (referral) {
      const share = referralShare(
        await this.rulesFor(workspaceId, referral.referrer_id, programme),
        paidMinor,
        scale,
      );
      if (share) {
        const done = await this.ledger.applyWithin(
          run,
          workspaceId,
          actor,
          {
            customerId: referral.referrer_id,
            currency: share.currency,
            amount: share.amount,
            kind: 'EARN',
            reason: reasonText('REFERRAL_PURCHASE'),
            idempotencyKey: `purchase:${purchase.id}:referral`,
          },
          at,
          { existing: true },
        );
        if ('operation' in done)
          entries.push({ ...entry(done.operation, 'REFERRAL', currencies), returnedBefore });
      }
    }
    return entries;
  }

  /** Deleted and inactive customers buy nothing through the programme. */
  async checkCustomer(
    workspaceId: string,
    customerId: string,
    path: Path,
    run: Run = this.sql.query,
  ): Promise<void> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    const [row] = await run<{ status: string; deleted_at: Date | null }>(
      'select status, deleted_at from customer where id = ? and workspace_id = ?',
      [customerId, workspaceId],
    );
    if (!row) throw refusal('CUSTOMER_NOT_FOUND');
    if (row.deleted_at) throw badField(path, 'CUSTOMER_DELETED');
    if (row.status !== 'ACTIVE') throw badField(path, 'CUSTOMER_INACTIVE');
  }

  private async byKey(workspaceId: string, key: string): Promise<PurchaseRow | undefined> {
    const [row] = await this.sql.query<PurchaseRow>(
      'select * from purchase where workspace_id = ? and idempotency_key = ?',
      [workspaceId, key],
    );
    return row;
  }
}

/** A balance used to pay, in money minor units; checks the currency and its decimals. */
function spendValue(
  s: { currency: string; amount: number },
  currencies: readonly Currency[],
  path: Path,
  problems: FieldProblem[],
): number {
  const currency = currencies.find((c) => c.key === s.currency);
  if (!currency) {
    const known = currencies.map((c) => c.key).join(', ');
    problems.push(fieldProblem([...path, 'currency'], 'CURRENCY_UNKNOWN', { currency: s.currency, known }));
    return 0;
  }
  if (!currency.spendable) {
    problems.push(fieldProblem([...path, 'currency'], 'CURRENCY_EARN_ONLY', { currency: currency.key }));
    return 0;
  }
  const wrong = amountProblem(s.amount, currency.decimals, [...path, 'amount']);
  if (wrong) {
    problems.push(wrong);
    return 0;
  }
  return Math.round(s.amount * Number(currency.unitValue) * 100);
}

export function entry(
  op: { id: string; customerId: string; currency: string; amount: number },
  role: LedgerEntry['role'],
  currencies: readonly Currency[],
): LedgerEntry {
  const decimals = currencies.find((c) => c.key === op.currency)?.decimals ?? 0;
  return {
    operationId: op.id,
    customerId: op.customerId,
    currency: op.currency,
    role,
    minor: Math.round(op.amount * 10 ** decimals),
  };
}

export function purchaseReason(reason: string, invoiceNumber: string): string {
  return invoiceNumber ? `${reason} (${invoiceNumber})` : reason;
}

export function money(minor: number): string {
  return (minor / 100).toFixed(2);
}

function replay(row: PurchaseRow, hash: string): Purchase {
  if (row.request_hash !== hash) throw refusal('IDEMPOTENCY_KEY_REUSED', { request: 'purchase' });
  return toPurchase(row);
}

/**
 * Whether the customer has a purchase that has earned: the first one to earn (recorded paid, or paid
 * later) gets the first-purchase bonus, whatever pending purchases came before it.
 */
async function hasEarned(run: Run, workspaceId: string, customerId: string): Promise<boolean> {
  const [row] = await run<{ earned: boolean }>(
    'select exists (select 1 from purchase where workspace_id = ? and customer_id = ? and earned_at is not null) as earned',
    [workspaceId, customerId],
  );
  return row?.earned === true;
}
