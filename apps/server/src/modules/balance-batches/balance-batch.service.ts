import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, refusal } from '../../graphql/errors.js';
import { type CountryCode, normalizePhone } from '../attributes/values/index.js';
import type { CustomerSelection } from '../bulk-actions/bulk-action.js';
import { selectionWhere } from '../bulk-actions/selection-where.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import type { SqlFragment } from '../customer-search/compile-filter.js';
import type { CustomerSearchService } from '../customer-search/customer-search.service.js';
import { toMinor } from '../ledger/amounts.js';
import { INACTIVE_DETAIL, insertMatchedRows, rematchRows } from './batch-match.js';
import {
  type BatchIdentifier,
  type BatchRow,
  IDENTIFIER_PROBLEM,
  MAX_BATCH_ROWS,
  readBatchCsvChunks,
} from './batch-rows.js';

export interface BatchInput {
  currency: string;
  identifier?: BatchIdentifier | null;
  csv?: string | null;
  segmentId?: string | null;
  /** Every member of this manual group. */
  groupId?: string | null;
  /** The customers chosen in the list: ids, or its filter/search, as bulk actions take them. */
  selection?: CustomerSelection | null;
  /** Units per customer: for a segment, or a CSV without an amount column. */
  amount?: number | null;
  reason?: string | null;
  comment?: string | null;
  expiresAt?: Date | null;
}

export interface BatchRecord {
  id: string;
  workspace_id: string;
  currency_id: string;
  identifier: string;
  reason: string;
  comment: string;
  expires_at: Date | null;
  status: 'PREVIEW' | 'APPLYING' | 'DONE';
  total_rows: number;
  applied: number;
  refused: number;
  created_at: Date;
  confirmed_at: Date | null;
  finished_at: Date | null;
  /** Lines by problem (null: to apply). */
  counts: Record<string, number>;
}

const INSERT_CHUNK = 5000;

/**
 * Adjusting many balances at once: upload or pick a segment, see the preview (matched lines,
 * unmatched and invalid lines with their numbers, lines that would leave a balance negative), then
 * confirm. Confirming is idempotent and the runner applies each line exactly once.
 */
export class BalanceBatchService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly currencies: CurrencyService,
    private readonly customerSearch: CustomerSearchService,
    /** Starts the workspace's run of the runner job now rather than at the next poll. */
    private readonly kickRunner: (workspaceId: string) => void,
    /** The members of a group as a WHERE over customer `c` (the groups module's). */
    private readonly members: (
      workspaceId: string,
      groupId: string,
      path: (string | number)[],
    ) => Promise<SqlFragment>,
    /** The workspace's country for phone numbers without a country code. */
    private readonly phoneCountry: (workspaceId: string) => Promise<CountryCode>,
  ) {}

  async preview(viewer: { workspaceId: string; staffId: string }, actor: Actor, input: BatchInput) {
    const at = ['input'];
    const currency = await this.currencies.byKey(viewer.workspaceId, input.currency, [...at, 'currency']);
    const reason = (input.reason ?? '').trim();
    const comment = (input.comment ?? '').trim();
    if (reason.length > 500) throw badField([...at, 'reason'], 'TOO_LONG', { max: 500 });
    if (comment.length > 2000) throw badField([...at, 'comment'], 'TOO_LONG', { max: 2000 });
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      throw badField([...at, 'expiresAt'], 'EXPIRY_NOT_FUTURE');
    if ([input.csv, input.segmentId, input.groupId, input.selection].filter((s) => s != null).length !== 1)
      throw badField([...at, 'csv'], 'BATCH_ONE_SOURCE');

    let segmentWhere: { sql: string; params: unknown[] } | null = null;
    let minor = 0;
    if (input.csv != null) {
      if (!input.identifier) throw badField([...at, 'identifier'], 'BATCH_IDENTIFIER_REQUIRED');
    } else {
      if (input.amount == null) throw badField([...at, 'amount'], 'BATCH_AMOUNT_REQUIRED');
      minor = toMinor(input.amount, currency.decimals, [...at, 'amount']);
      if (minor < 0 && input.expiresAt) throw badField([...at, 'expiresAt'], 'EXPIRY_ONLY_ADDITION');
      segmentWhere =
        input.groupId != null
          ? await this.members(viewer.workspaceId, input.groupId, [...at, 'groupId'])
          : input.selection != null
            ? await selectionWhere(this.customerSearch, viewer, input.selection, [...at, 'selection'])
            : await this.customerSearch.where(viewer, { segmentId: input.segmentId }, new Date(), ['input']);
    }

    const [batch] = await this.sql.query<{ id: string }>(
      `insert into balance_batch (workspace_id, currency_id, identifier, reason, comment, expires_at,
          actor_kind, actor_id, actor_name)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
      [
        viewer.workspaceId,
        currency.id,
        input.csv != null
          ? input.identifier
          : input.groupId != null
            ? 'GROUP'
            : input.selection != null
              ? 'SELECTION'
              : 'SEGMENT',
        reason,
        comment,
        input.expiresAt ?? null,
        actor.kind,
        actor.id,
        actor.name,
      ],
    );
    const id = batch?.id as string;
    let subtracts = minor < 0;
    if (input.csv != null && input.identifier) {
      try {
        subtracts = await this.insertFileRows(id, viewer.workspaceId, input, currency.decimals, at);
        if (input.identifier === 'MOBILE') await this.recheckUnmatchedPhones(id, viewer.workspaceId);
        if (input.identifier === 'CARD_NUMBER') await this.sayLostCards(id, viewer.workspaceId);
      } catch (error) {
        // A refused file leaves no batch behind.
        await this.sql.query('delete from balance_batch_row where workspace_id = ? and batch_id = ?', [
          viewer.workspaceId,
          id,
        ]);
        await this.sql.query('delete from balance_batch where workspace_id = ? and id = ?', [
          viewer.workspaceId,
          id,
        ]);
        throw error;
      }
    } else if (segmentWhere) {
      await this.sql.once(
        `insert into balance_batch_row (workspace_id, batch_id, line, identifier, amount, customer_id, problem, detail)
         select c.workspace_id, ?, row_number() over (order by c.id), c.id::text, ?, c.id,
                case when c.status <> 'ACTIVE' then 'INACTIVE' end,
                case when c.status <> 'ACTIVE' then ?::text end
           from customer c where ${segmentWhere.sql}`,
        [id, minor, INACTIVE_DETAIL, ...segmentWhere.params],
      );
    }
    // The planner must know how large the batch is before the balance check and the apply plan it.
    await this.sql.query('analyze balance_batch_row', []);
    // Only a subtraction can take a balance below zero.
    if (subtracts) await this.markNegative(viewer.workspaceId, id, currency.id, 10 ** currency.decimals);
    await this.sql.query(
      `update balance_batch b set total_rows = (select coalesce(max(line), 0) from balance_batch_row r
                                                where r.workspace_id = b.workspace_id and r.batch_id = b.id)
        where b.workspace_id = ? and b.id = ?`,
      [viewer.workspaceId, id],
    );
    return this.get(viewer.workspaceId, id);
  }

  /** Starts applying a previewed batch; a second confirmation changes nothing. */
  async confirm(workspaceId: string, id: string) {
    if (!isUuid(id)) throw refusal('BATCH_NOT_FOUND');
    await this.sql.query(
      `update balance_batch set status = 'APPLYING', confirmed_at = now()
        where id = ? and workspace_id = ? and status = 'PREVIEW'`,
      [id, workspaceId],
    );
    const batch = await this.get(workspaceId, id);
    if (batch.status === 'APPLYING') this.kickRunner(workspaceId);
    return batch;
  }

  async get(workspaceId: string, id: string): Promise<BatchRecord> {
    const [batch] = isUuid(id)
      ? await this.sql.query<Omit<BatchRecord, 'counts'>>(
          'select * from balance_batch where id = ? and workspace_id = ?',
          [id, workspaceId],
        )
      : [];
    if (!batch) throw refusal('BATCH_NOT_FOUND');
    const counts = await this.sql.query<{ problem: string | null; n: string }>(
      'select problem, count(*) as n from balance_batch_row where workspace_id = ? and batch_id = ? group by problem',
      [workspaceId, id],
    );
    return { ...batch, counts: Object.fromEntries(counts.map((c) => [c.problem ?? 'OK', Number(c.n)])) };
  }

  /** Lines with a problem, by line number. */
  async problems(workspaceId: string, batchId: string, first: number, afterLine: number) {
    return this.sql.query<{
      line: number;
      identifier: string;
      amount: string;
      problem: string;
      detail: string | null;
    }>(
      `select line, identifier, amount, problem, detail from balance_batch_row
        where workspace_id = ? and batch_id = ? and problem is not null and line > ? order by line limit ?`,
      [workspaceId, batchId, afterLine, first],
    );
  }

  /**
   * Reads the file a chunk at a time and stores each chunk while the next one is parsed (PostgreSQL
   * works on one core while the parser uses the other); the whole file never exists as parsed lines.
   */
  private async insertFileRows(
    batchId: string,
    workspaceId: string,
    input: BatchInput,
    decimals: number,
    at: (string | number)[],
  ): Promise<boolean> {
    let lines = 0;
    let subtracts = false;
    let storing: Promise<unknown> = Promise.resolve();
    const chunks = readBatchCsvChunks(
      input.csv as string,
      input.identifier as BatchIdentifier,
      decimals,
      input.amount ?? null,
      INSERT_CHUNK,
      ['input', 'csv'],
      await this.phoneCountry(workspaceId),
    );
    try {
      for await (const chunk of chunks) {
        lines += chunk.length;
        if (lines > MAX_BATCH_ROWS)
          throw badField([...at, 'csv'], 'BATCH_TOO_MANY_LINES', { max: MAX_BATCH_ROWS });
        subtracts ||= chunk.some((r) => r.amount < 0 && r.problem === null);
        await storing;
        storing = this.insertRows(batchId, workspaceId, input.identifier as BatchIdentifier, chunk);
      }
      await storing;
    } catch (error) {
      // The caller deletes what was stored; an insert still running must finish first.
      await storing.catch(() => {});
      throw error;
    }
    if (lines === 0) throw badField([...at, 'csv'], 'BATCH_NO_LINES');
    if (subtracts && input.expiresAt) throw badField([...at, 'expiresAt'], 'EXPIRY_ONLY_ADDITION');
    return subtracts;
  }

  private insertRows(
    batchId: string,
    workspaceId: string,
    identifier: BatchIdentifier,
    chunk: BatchRow[],
  ): Promise<unknown> {
    return this.sql.query(insertMatchedRows(identifier), [
      workspaceId,
      batchId,
      pgArray(chunk.map((r) => r.line)),
      pgArray(chunk.map((r) => r.identifier)),
      pgArray(chunk.map((r) => r.amount)),
      pgArray(chunk.map((r) => r.problem)),
      pgArray(chunk.map((r) => r.detail)),
      workspaceId,
    ]);
  }

  /**
   * Lines read in E.164 form were matched without checking the number (see e164Candidate). Those
   * that matched nothing are checked now: an invalid number becomes INVALID, and a number whose
   * E.164 form is another is matched again by it.
   */
  private async recheckUnmatchedPhones(batchId: string, workspaceId: string) {
    const unmatched = await this.sql.query<{ line: number; identifier: string }>(
      `select line, identifier from balance_batch_row where workspace_id = ? and batch_id = ? and problem = 'UNMATCHED'`,
      [workspaceId, batchId],
    );
    const country = await this.phoneCountry(workspaceId);
    const invalid: number[] = [];
    const changed: { line: number; number: string }[] = [];
    for (const row of unmatched) {
      const number = normalizePhone(row.identifier, country);
      if (number === null) invalid.push(row.line);
      else if (number !== row.identifier) changed.push({ line: row.line, number });
    }
    if (invalid.length)
      await this.sql.query(
        `update balance_batch_row set problem = 'INVALID', detail = ?, customer_id = null
          where workspace_id = ? and batch_id = ? and line = any(?::int[])`,
        [IDENTIFIER_PROBLEM.MOBILE, workspaceId, batchId, pgArray(invalid)],
      );
    if (changed.length)
      await this.sql.query(rematchRows('MOBILE'), [
        pgArray(changed.map((c) => c.line)),
        pgArray(changed.map((c) => c.number)),
        workspaceId,
        workspaceId,
        batchId,
      ]);
  }

  /**
   * A card number that matched nothing because it was reported lost says so (CARD_LOST, with when),
   * so whoever prepared the file asks the customer for the new card instead of looking for a typo.
   */
  private async sayLostCards(batchId: string, workspaceId: string) {
    await this.sql.query(
      `update balance_batch_row r
          set detail = json_build_object('code', 'CARD_LOST', 'params', json_build_object(
                'reportedAt', to_char(l.reported_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))::text
         from lost_card l
        where r.workspace_id = ? and r.batch_id = ? and r.problem = 'UNMATCHED'
          and l.workspace_id = r.workspace_id and l.card_number = r.identifier`,
      [workspaceId, batchId],
    );
  }

  /** Marks the lines of customers whose balance the batch would take below zero. */
  private async markNegative(workspaceId: string, batchId: string, currencyId: string, scale: number) {
    await this.sql.query(
      `with per as materialized (
         select r.customer_id, sum(r.amount) as total, coalesce(min(b.amount), 0) as balance
           from balance_batch_row r
           left join balance b on b.workspace_id = r.workspace_id and b.customer_id = r.customer_id and b.currency_id = ?
          where r.workspace_id = ? and r.batch_id = ? and r.problem is null group by r.customer_id)
       update balance_batch_row r set problem = 'NEGATIVE',
              detail = json_build_object('code', 'BATCH_LINE_NEGATIVE', 'params', json_build_object(
                         'balance', trim_scale(per.balance::numeric / ?), 'total', trim_scale(per.total::numeric / ?)))::text
         from per where r.workspace_id = ? and r.batch_id = ? and r.problem is null and r.customer_id = per.customer_id
          and per.balance + per.total < 0`,
      [currencyId, workspaceId, batchId, scale, scale, workspaceId, batchId],
    );
  }
}
