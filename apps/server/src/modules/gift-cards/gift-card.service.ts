import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { visibleText } from '../../common/text.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, badInput, type FieldProblem, fieldProblem } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { recordHistory } from '../history/history.service.js';
import { amountProblem, fromMinor } from '../ledger/amounts.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { reasonText } from '../ledger/ledger-reasons.js';
import { localDay } from '../purchases/local-day.js';
import { codeFragment, groupedCode, newCode, normalCode } from './gift-card-codes.js';
import { GIFT_CARD_REDEEMED } from './gift-card-history.js';

export const GIFT_CARD_STATUSES = ['ACTIVE', 'REDEEMED', 'BLOCKED', 'EXPIRED'] as const;
export type GiftCardStatus = (typeof GIFT_CARD_STATUSES)[number];

export const BATCH_MAX = 10_000;
export const NOTE_MAX = 200;

export interface GiftCard {
  id: string;
  /** Grouped as printed: XXXX-XXXX-XXXX. */
  code: string;
  status: GiftCardStatus;
  value: number;
  currency: string;
  redeemBy: Date | null;
  note: string;
  batchId: string;
  batchNumber: number;
  blocked: boolean;
  redeemedAt: Date | null;
  redeemedCustomerId: string | null;
  redeemedByName: string | null;
  createdAt: Date;
}

export interface GiftCardBatch {
  id: string;
  number: number;
  currency: string;
  value: number;
  redeemBy: Date | null;
  note: string;
  cardCount: number;
  redeemedCount: number;
  createdByName: string;
  createdAt: Date;
}

export interface IssueInput {
  count?: number | null;
  currency: string;
  value: number;
  redeemBy?: Date | null;
  note?: string | null;
}

export interface GiftCardFilter {
  status?: GiftCardStatus | null;
  batchId?: string | null;
  code?: string | null;
  offset: number;
  first: number;
}

type CardRow = Omit<GiftCard, 'value' | 'code'> & { code: string; value: string; decimals: number };
type BatchRow = Omit<GiftCardBatch, 'value'> & { value: string; decimals: number };

const STATUS = `case when g.redeemed_at is not null then 'REDEEMED' when g.blocked then 'BLOCKED'
  when b.redeem_by <= now() then 'EXPIRED' else 'ACTIVE' end`;

const CARD_SELECT = `select g.id, g.code, ${STATUS} as status, b.value, c.key as currency, c.decimals,
    b.redeem_by as "redeemBy", b.note, b.id as "batchId", b.number as "batchNumber", g.blocked,
    g.redeemed_at as "redeemedAt", g.redeemed_customer_id as "redeemedCustomerId",
    g.redeemed_by_name as "redeemedByName", b.created_at as "createdAt"
  from gift_card g
  join gift_card_batch b on b.workspace_id = g.workspace_id and b.id = g.batch_id
  join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id`;

const BATCH_SELECT = `select b.id, b.number, c.key as currency, c.decimals, b.value, b.redeem_by as "redeemBy",
    b.note, b.card_count as "cardCount", b.created_by_name as "createdByName", b.created_at as "createdAt",
    (select count(*) from gift_card g where g.workspace_id = b.workspace_id and g.batch_id = b.id
        and g.redeemed_at is not null)::int as "redeemedCount"
  from gift_card_batch b join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id`;

const toCard = ({ decimals, value, code, ...row }: CardRow): GiftCard => ({
  ...row,
  code: groupedCode(code),
  value: fromMinor(value, decimals),
});
const toBatch = ({ decimals, value, ...row }: BatchRow): GiftCardBatch => ({
  ...row,
  value: fromMinor(value, decimals),
});

/**
 * The day a refusal names: the moment's day on the workspace's clock, as its staff and customers
 * count days (the SPA shows it in the reader's calendar).
 */
async function workspaceDay(run: Run, workspaceId: string, at: Date): Promise<string> {
  const [row] = await run<{ time_zone: string }>('select time_zone from workspace where id = ?', [
    workspaceId,
  ]);
  return localDay(at, row?.time_zone ?? 'UTC').date;
}

/**
 * Gift cards: issued in batches (one transaction, all or nothing), checked and redeemed by their code.
 * Redeeming credits the card's value through the ledger in the same transaction that marks the card,
 * with the card's row locked first: of two tills redeeming one card at once, the second waits and then
 * finds it redeemed. The ledger key is the card's, so the credit is written once whatever happens.
 */
export class GiftCardService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly currencies: CurrencyService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly afterCommit: () => void,
  ) {}

  async issue(actor: Actor, workspaceId: string, input: IssueInput): Promise<GiftCardBatch> {
    const at = ['input'];
    const problems: FieldProblem[] = [];
    const count = input.count ?? 1;
    if (!Number.isInteger(count) || count < 1 || count > BATCH_MAX)
      problems.push(fieldProblem([...at, 'count'], 'NUMBER_RANGE', { min: 1, max: BATCH_MAX }));
    const currency = await this.currencies.byKey(workspaceId, input.currency, [...at, 'currency']);
    if (!currency.spendable)
      problems.push(fieldProblem([...at, 'currency'], 'CURRENCY_EARN_ONLY', { currency: currency.key }));
    if (input.value < 0) problems.push(fieldProblem([...at, 'value'], 'GIFT_CARD_VALUE_POSITIVE'));
    else {
      const problem = amountProblem(input.value, currency.decimals, [...at, 'value']);
      if (problem?.code === 'AMOUNT_ZERO')
        problems.push(fieldProblem([...at, 'value'], 'GIFT_CARD_VALUE_POSITIVE'));
      else if (problem) problems.push(problem);
    }
    const redeemBy = input.redeemBy ?? null;
    if (redeemBy && redeemBy.getTime() <= Date.now())
      problems.push(fieldProblem([...at, 'redeemBy'], 'EXPIRY_NOT_FUTURE'));
    const note = visibleText(input.note ?? '').replace(/\s+/g, ' ');
    if (note.length > NOTE_MAX) problems.push(fieldProblem([...at, 'note'], 'TOO_LONG', { max: NOTE_MAX }));
    if (problems.length) throw badInput(problems);
    const minor = Math.round(input.value * 10 ** currency.decimals);

    return this.sql.transaction(async (run) => {
      // Batches are numbered per workspace: one issuer at a time takes the next number.
      await run(`select pg_advisory_xact_lock(hashtextextended('gift_card_batch:' || ?, 0))`, [workspaceId]);
      const [batch] = await run<{ id: string; number: number }>(
        `insert into gift_card_batch (workspace_id, number, currency_id, value, redeem_by, note, card_count, created_by_name)
         select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ?, ?, ? from gift_card_batch where workspace_id = ?
         returning id, number`,
        [workspaceId, currency.id, minor, redeemBy, note, count, actor.name, workspaceId],
      );
      if (!batch) throw new Error('The gift card batch was not written');
      let missing = count;
      // 60 random bits make a clash with an existing code rare; a clashing code is drawn again.
      while (missing > 0) {
        const codes = new Set<string>();
        while (codes.size < missing) codes.add(newCode());
        const [written] = await run<{ n: number }>(
          `with added as (
             insert into gift_card (workspace_id, batch_id, code) select ?, ?, unnest(?::text[])
             on conflict (workspace_id, code) do nothing returning 1)
           select count(*)::int as n from added`,
          [workspaceId, batch.id, pgArray([...codes])],
        );
        missing -= written?.n ?? 0;
      }
      await this.audit.record(run, {
        workspaceId,
        type: 'GIFT_CARDS_ISSUED',
        actor,
        subject: `#${batch.number}`,
        details: {
          batchId: batch.id,
          count,
          currency: currency.key,
          value: input.value,
          redeemBy: redeemBy?.toISOString() ?? null,
          note,
        },
      });
      const [row] = await run<BatchRow>(`${BATCH_SELECT} where b.workspace_id = ? and b.id = ?`, [
        workspaceId,
        batch.id,
      ]);
      return toBatch(row as BatchRow);
    });
  }

  /** The card with this code as typed (any case, grouping or digit script); null when there is none. */
  async check(workspaceId: string, typed: string): Promise<GiftCard | null> {
    const code = normalCode(typed);
    if (!code) return null;
    const [row] = await this.sql.query<CardRow>(`${CARD_SELECT} where g.workspace_id = ? and g.code = ?`, [
      workspaceId,
      code,
    ]);
    return row ? toCard(row) : null;
  }

  async redeem(actor: Actor, workspaceId: string, customerId: string, typed: string): Promise<GiftCard> {
    const code = normalCode(typed);
    if (!code) throw badField(['code'], 'GIFT_CARD_NOT_FOUND');
    const card = await this.sql.transaction(async (run) => {
      const [row] = await run<CardRow>(
        `${CARD_SELECT} where g.workspace_id = ? and g.code = ? for update of g`,
        [workspaceId, code],
      );
      if (!row) throw badField(['code'], 'GIFT_CARD_NOT_FOUND');
      await refuseUnusable(run, workspaceId, toCard(row), ['code']);
      const operation = await this.ledger.applyWithin(
        run,
        workspaceId,
        actor,
        {
          customerId,
          currency: row.currency,
          amount: fromMinor(row.value, row.decimals),
          kind: 'GRANT',
          reason: reasonText('GIFT_CARD'),
          comment: groupedCode(code),
          expiresAt: row.redeemBy,
          idempotencyKey: `gift-card:${row.id}`,
        },
        [],
      );
      const operationId = 'operation' in operation ? operation.operation.id : null;
      await run(
        `update gift_card set redeemed_at = now(), redeemed_customer_id = ?, redeemed_operation_id = ?,
            redeemed_by_name = ? where workspace_id = ? and id = ?`,
        [customerId, operationId, actor.name, workspaceId, row.id],
      );
      await recordHistory(run, workspaceId, customerId, GIFT_CARD_REDEEMED, actor, [
        {
          key: 'giftCard',
          oldValue: null,
          newValue: {
            code: groupedCode(code),
            value: fromMinor(row.value, row.decimals),
            currency: row.currency,
          },
        },
      ]);
      const [redeemed] = await run<CardRow>(`${CARD_SELECT} where g.workspace_id = ? and g.id = ?`, [
        workspaceId,
        row.id,
      ]);
      return toCard(redeemed as CardRow);
    });
    this.afterCommit();
    return card;
  }

  /** A blocked card cannot be redeemed until it is unblocked; a redeemed one stays as it is. */
  async setBlocked(actor: Actor, workspaceId: string, id: string, blocked: boolean): Promise<GiftCard> {
    return this.sql.transaction(async (run) => {
      const [row] = isUuid(id)
        ? await run<CardRow>(`${CARD_SELECT} where g.workspace_id = ? and g.id = ? for update of g`, [
            workspaceId,
            id,
          ])
        : [];
      if (!row) throw badField(['id'], 'GIFT_CARD_NOT_FOUND');
      if (row.redeemedAt)
        throw badField(['id'], 'GIFT_CARD_REDEEMED', {
          date: await workspaceDay(run, workspaceId, row.redeemedAt),
        });
      if (row.blocked === blocked) return toCard(row);
      await run('update gift_card set blocked = ? where workspace_id = ? and id = ?', [
        blocked,
        workspaceId,
        id,
      ]);
      await this.audit.record(run, {
        workspaceId,
        type: blocked ? 'GIFT_CARD_BLOCKED' : 'GIFT_CARD_UNBLOCKED',
        actor,
        subject: groupedCode(row.code),
        details: { id, batchId: row.batchId, batchNumber: row.batchNumber },
      });
      const [changed] = await run<CardRow>(`${CARD_SELECT} where g.workspace_id = ? and g.id = ?`, [
        workspaceId,
        id,
      ]);
      return toCard(changed as CardRow);
    });
  }

  /** Newest batch first, then by code; `code` finds the cards whose code holds what was typed. */
  async list(
    workspaceId: string,
    filter: GiftCardFilter,
  ): Promise<{ nodes: GiftCard[]; totalCount: number }> {
    const fragment = codeFragment(filter.code ?? '');
    const batchId = filter.batchId && isUuid(filter.batchId) ? filter.batchId : null;
    if (filter.batchId && !batchId) return { nodes: [], totalCount: 0 };
    const where = `where g.workspace_id = ? and (?::uuid is null or g.batch_id = ?::uuid)
        and (?::text = '' or strpos(g.code, ?::text) > 0)
        and (?::text is null or ${STATUS} = ?::text)`;
    const params = [
      workspaceId,
      batchId,
      batchId,
      fragment,
      fragment,
      filter.status ?? null,
      filter.status ?? null,
    ];
    const [count] = await this.sql.query<{ n: number }>(
      `select count(*)::int as n from gift_card g
         join gift_card_batch b on b.workspace_id = g.workspace_id and b.id = g.batch_id ${where}`,
      params,
    );
    const rows = await this.sql.query<CardRow>(
      `${CARD_SELECT} ${where} order by b.number desc, g.code limit ? offset ?`,
      [...params, filter.first, filter.offset],
    );
    return { nodes: rows.map(toCard), totalCount: count?.n ?? 0 };
  }

  /** Newest first. */
  async batches(workspaceId: string): Promise<GiftCardBatch[]> {
    const rows = await this.sql.query<BatchRow>(
      `${BATCH_SELECT} where b.workspace_id = ? order by b.number desc`,
      [workspaceId],
    );
    return rows.map(toBatch);
  }

  async batch(workspaceId: string, id: string): Promise<GiftCardBatch | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.sql.query<BatchRow>(`${BATCH_SELECT} where b.workspace_id = ? and b.id = ?`, [
      workspaceId,
      id,
    ]);
    return row ? toBatch(row) : null;
  }

  /** A batch's codes, grouped as printed, in code order (for the printer's file). */
  async batchCodes(workspaceId: string, batchId: string): Promise<string[]> {
    const rows = await this.sql.query<{ code: string }>(
      'select code from gift_card where workspace_id = ? and batch_id = ? order by code',
      [workspaceId, batchId],
    );
    return rows.map((r) => groupedCode(r.code));
  }
}

/** Why a card cannot be redeemed now, at the field that named it. */
async function refuseUnusable(
  run: Run,
  workspaceId: string,
  card: GiftCard,
  path: (string | number)[],
): Promise<void> {
  if (card.status === 'REDEEMED' && card.redeemedAt)
    throw badField(path, 'GIFT_CARD_REDEEMED', {
      date: await workspaceDay(run, workspaceId, card.redeemedAt),
    });
  if (card.status === 'BLOCKED') throw badField(path, 'GIFT_CARD_BLOCKED');
  if (card.status === 'EXPIRED' && card.redeemBy)
    throw badField(path, 'GIFT_CARD_EXPIRED', { date: await workspaceDay(run, workspaceId, card.redeemBy) });
}
