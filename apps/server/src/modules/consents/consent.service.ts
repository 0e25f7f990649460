import type { Actor, FieldChange } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { type PreparedPool, plannedEachTime, type Run } from '../../db/prepared-pool.js';
import { pgArray } from '../../db/sql-array.js';
import { badField, refusal } from '../../graphql/errors.js';
import { recordHistory } from '../history/history.service.js';
import { recordHistoryRows } from '../history/history-rows.js';
import { CONSENT_HISTORY } from './consent-history.js';
import {
  type CaptureChannel,
  CONSENT_KINDS,
  type ConsentKind,
  consentFieldKey,
  type MarketingChannel,
} from './consent-kinds.js';

export type ConsentState = 'GRANTED' | 'WITHDRAWN' | 'NOT_ASKED';

/** One grant or withdrawal as it was recorded; never changed afterwards. */
export interface ConsentRecord {
  id: string;
  customerId: string;
  kind: ConsentKind;
  granted: boolean;
  at: Date;
  recordedAt: Date;
  source: string | null;
  capturedVia: CaptureChannel;
  actor: Actor;
}

/** A customer's consent of one kind now: its latest record, or NOT_ASKED. */
export interface CurrentConsent {
  kind: ConsentKind;
  state: ConsentState;
  record: ConsentRecord | null;
}

export interface ConsentChange {
  customerId: string;
  kind: ConsentKind;
  /** When the customer gave or withdrew it (a signed form of last week); now when left out. */
  at?: Date | null;
  source?: string | null;
  capturedVia: CaptureChannel;
}

const SOURCE_MAX = 200;
/** A clock a little ahead of ours is not the future. */
const SKEW_MS = 60_000;

interface RecordRow {
  id: string;
  customer_id: string;
  kind: ConsentKind;
  granted: boolean;
  at: Date;
  recorded_at: Date;
  source: string | null;
  captured_via: CaptureChannel;
  actor_kind: Actor['kind'];
  actor_id: string | null;
  actor_name: string;
}

const RECORD_COLUMNS =
  'r.id, r.customer_id, r.kind, r.granted, r.at, r.recorded_at, r.source, r.captured_via, r.actor_kind, r.actor_id, r.actor_name';

function toRecord(r: RecordRow): ConsentRecord {
  return {
    id: String(r.id),
    customerId: r.customer_id,
    kind: r.kind,
    granted: r.granted,
    at: new Date(r.at),
    recordedAt: new Date(r.recorded_at),
    source: r.source,
    capturedVia: r.captured_via,
    actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
  };
}

const stateOf = (granted: boolean | null | undefined): ConsentState =>
  granted == null ? 'NOT_ASKED' : granted ? 'GRANTED' : 'WITHDRAWN';

/**
 * Consents: every grant and withdrawal is an append-only `consent_record`; `customer_consent` keeps
 * the latest per customer and kind, written in the same transaction, for filters and for sending.
 * Mailings ask `hasConsent` for one customer or put `consentedSql` into their selection.
 */
export class ConsentService {
  constructor(
    private readonly sql: PreparedPool,
    private readonly afterCommit: () => void,
  ) {}

  grant(workspaceId: string, actor: Actor, change: ConsentChange): Promise<CurrentConsent> {
    return this.change(workspaceId, actor, change, true);
  }

  withdraw(workspaceId: string, actor: Actor, change: ConsentChange): Promise<CurrentConsent> {
    return this.change(workspaceId, actor, change, false);
  }

  private async change(
    workspaceId: string,
    actor: Actor,
    input: ConsentChange,
    granted: boolean,
  ): Promise<CurrentConsent> {
    const now = new Date();
    const at = input.at ?? now;
    if (at.getTime() > now.getTime() + SKEW_MS) throw badField(['input', 'at'], 'CONSENT_AT_IN_FUTURE');
    const source = input.source?.trim() || null;
    if (source && source.length > SOURCE_MAX)
      throw badField(['input', 'source'], 'TOO_LONG', { max: SOURCE_MAX });
    const result = await this.sql.transaction(async (run) => {
      await lockCustomer(run, workspaceId, input.customerId);
      const [current] = await run<{ granted: boolean; at: Date }>(
        'select granted, at from customer_consent where workspace_id = ? and customer_id = ? and kind = ? for update',
        [workspaceId, input.customerId, input.kind],
      );
      if (current?.granted === granted)
        throw refusal(granted ? 'CONSENT_ALREADY_GRANTED' : 'CONSENT_ALREADY_WITHDRAWN');
      if (current && at < new Date(current.at))
        throw badField(['input', 'at'], 'CONSENT_AT_BEFORE_LAST', {
          last: new Date(current.at).toISOString(),
        });
      const [row] = await run<RecordRow>(
        `insert into consent_record as r (workspace_id, customer_id, kind, granted, at, source, captured_via, actor_kind, actor_id, actor_name)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning ${RECORD_COLUMNS}`,
        [
          workspaceId,
          input.customerId,
          input.kind,
          granted,
          at,
          source,
          input.capturedVia,
          actor.kind,
          actor.id,
          actor.name,
        ],
      );
      if (!row) throw new Error('consent_record: no row returned');
      await run(
        `insert into customer_consent (workspace_id, customer_id, kind, granted, at, record_id) values (?, ?, ?, ?, ?, ?)
         on conflict (workspace_id, customer_id, kind)
         do update set granted = excluded.granted, at = excluded.at, record_id = excluded.record_id`,
        [workspaceId, input.customerId, input.kind, granted, at, row.id],
      );
      await recordHistory(
        run,
        workspaceId,
        input.customerId,
        granted ? CONSENT_HISTORY.granted : CONSENT_HISTORY.withdrawn,
        actor,
        historyChanges(input.kind, current?.granted, granted, {
          at: at.toISOString(),
          capturedVia: input.capturedVia,
          source,
        }),
      );
      if (input.kind === 'PERSONAL_DATA' && !granted)
        await dropContactMarks(run, workspaceId, input.customerId, actor);
      return toRecord(row);
    });
    this.afterCommit();
    return { kind: input.kind, state: stateOf(result.granted), record: result };
  }

  /** Every kind for each customer, NOT_ASKED where nothing is recorded. */
  async current(workspaceId: string, customerIds: string[]): Promise<Map<string, CurrentConsent[]>> {
    const rows = await this.sql.query<RecordRow>(
      `select ${RECORD_COLUMNS} from customer_consent cc
         join consent_record r on r.workspace_id = cc.workspace_id and r.id = cc.record_id
        where cc.workspace_id = ? and cc.customer_id = any(?::uuid[])`,
      [workspaceId, pgArray(customerIds)],
    );
    const byCustomer = new Map<string, Map<ConsentKind, ConsentRecord>>();
    for (const r of rows) {
      const kinds = byCustomer.get(r.customer_id) ?? new Map();
      kinds.set(r.kind, toRecord(r));
      byCustomer.set(r.customer_id, kinds);
    }
    return new Map(
      customerIds.map((id) => [
        id,
        CONSENT_KINDS.map((kind) => {
          const record = byCustomer.get(id)?.get(kind) ?? null;
          return { kind, state: stateOf(record?.granted), record };
        }),
      ]),
    );
  }

  /** A customer's records, newest first, keyset on id. */
  async history(
    workspaceId: string,
    customerId: string,
    options: { kinds?: ConsentKind[] | null; first: number; after?: string | null },
  ): Promise<{ records: ConsentRecord[]; hasNextPage: boolean }> {
    const after = options.after && /^\d{1,18}$/.test(options.after) ? options.after : null;
    const rows = await this.sql.query<RecordRow>(
      `select ${RECORD_COLUMNS} from consent_record r
        where r.workspace_id = ? and r.customer_id = ?
          and (?::text[] is null or r.kind = any(?::text[]))
          and (?::bigint is null or r.id < ?::bigint)
        order by r.id desc limit ?`,
      [
        workspaceId,
        customerId,
        options.kinds?.length ? pgArray(options.kinds) : null,
        options.kinds?.length ? pgArray(options.kinds) : null,
        after,
        after,
        options.first + 1,
      ],
    );
    return { records: rows.slice(0, options.first).map(toRecord), hasNextPage: rows.length > options.first };
  }

  /**
   * "Did this customer consent to SMS on 1 March?": the record in force at `at` (the latest given at
   * or before it), or null when nothing was recorded by then.
   */
  async consentAt(
    workspaceId: string,
    customerId: string,
    kind: ConsentKind,
    at: Date,
  ): Promise<ConsentRecord | null> {
    await this.requireCustomer(workspaceId, customerId);
    const [row] = await this.sql.query<RecordRow>(
      `select ${RECORD_COLUMNS} from consent_record r
        where r.workspace_id = ? and r.customer_id = ? and r.kind = ? and r.at <= ?
        order by r.at desc, r.id desc limit 1`,
      [workspaceId, customerId, kind, at],
    );
    return row ? toRecord(row) : null;
  }

  /**
   * Whether a message may go to this customer through this channel: consent granted now (or in force
   * at `at`). A customer never asked has not consented.
   */
  async hasConsent(
    workspaceId: string,
    customerId: string,
    channel: MarketingChannel | 'PERSONAL_DATA',
    at?: Date,
  ): Promise<boolean> {
    if (at) return (await this.consentAt(workspaceId, customerId, channel, at))?.granted ?? false;
    const [row] = await this.sql.query<{ granted: boolean }>(
      'select granted from customer_consent where workspace_id = ? and customer_id = ? and kind = ?',
      [workspaceId, customerId, channel],
    );
    return row?.granted ?? false;
  }

  /**
   * The set-based form of hasConsent for a selection over the customer row `alias` (e.g. a mailing's
   * audience): true where the consent is granted now. The kind is checked, never a parameter.
   */
  consentedSql(channel: ConsentKind, alias = 'c'): string {
    if (!CONSENT_KINDS.includes(channel)) throw new Error(`Not a consent kind: ${channel}`);
    return `exists (select 1 from customer_consent cc where cc.workspace_id = ${alias}.workspace_id
      and cc.customer_id = ${alias}.id and cc.kind = '${channel}' and cc.granted)`;
  }

  /** The current state of these customers' consents, for an import to compare its rows with. */
  async statesWithin(
    run: Run,
    workspaceId: string,
    customerIds: string[],
  ): Promise<Map<string, Map<ConsentKind, boolean>>> {
    const out = new Map<string, Map<ConsentKind, boolean>>();
    if (customerIds.length === 0) return out;
    const rows = await run<{ customer_id: string; kind: ConsentKind; granted: boolean }>(
      plannedEachTime(
        'select customer_id, kind, granted from customer_consent where workspace_id = ? and customer_id = any(?::uuid[])',
      ),
      [workspaceId, pgArray(customerIds)],
    );
    for (const r of rows) {
      const kinds = out.get(r.customer_id) ?? new Map();
      kinds.set(r.kind, r.granted);
      out.set(r.customer_id, kinds);
    }
    return out;
  }

  /**
   * Records many changes in the caller's transaction (an import's chunk), set-based: what already is
   * in that state is passed over, so the same file imported twice records nothing twice.
   */
  async recordWithin(
    run: Run,
    workspaceId: string,
    actor: Actor,
    changes: { customerId: string; kind: ConsentKind; granted: boolean }[],
    how: { capturedVia: CaptureChannel; source: string | null },
  ): Promise<number> {
    if (changes.length === 0) return 0;
    const written = await run<{
      customer_id: string;
      kind: ConsentKind;
      granted: boolean;
      was: boolean | null;
    }>(
      `with input as (
         select * from jsonb_to_recordset(?::jsonb) as i(customer_id uuid, kind text, granted boolean)
       ), changed as (
         select i.customer_id, i.kind, i.granted, cc.granted as was from input i
           left join customer_consent cc
             on cc.workspace_id = ? and cc.customer_id = i.customer_id and cc.kind = i.kind
          where cc.granted is distinct from i.granted
       ), rec as (
         insert into consent_record (workspace_id, customer_id, kind, granted, at, source, captured_via, actor_kind, actor_id, actor_name)
         select ?, customer_id, kind, granted, now(), ?, ?, ?, ?, ? from changed
         returning id, customer_id, kind, granted, at
       ), cur as (
         insert into customer_consent (workspace_id, customer_id, kind, granted, at, record_id)
         select ?, customer_id, kind, granted, at, id from rec
         on conflict (workspace_id, customer_id, kind)
         do update set granted = excluded.granted, at = excluded.at, record_id = excluded.record_id
       )
       select c.customer_id, c.kind, c.granted, c.was from changed c`,
      [
        JSON.stringify(changes.map((c) => ({ customer_id: c.customerId, kind: c.kind, granted: c.granted }))),
        workspaceId,
        workspaceId,
        how.source,
        how.capturedVia,
        actor.kind,
        actor.id,
        actor.name,
        workspaceId,
      ],
    );
    await recordHistoryRows(
      run,
      workspaceId,
      actor,
      written.map((w) => ({
        customerId: w.customer_id,
        type: w.granted ? CONSENT_HISTORY.granted : CONSENT_HISTORY.withdrawn,
        changes: historyChanges(w.kind, w.was, w.granted, {
          capturedVia: how.capturedVia,
          source: how.source,
        }),
      })),
    );
    return written.length;
  }

  async requireCustomer(workspaceId: string, customerId: string): Promise<void> {
    const [row] = isUuid(customerId)
      ? await this.sql.query<{ id: string }>(
          'select id from customer where workspace_id = ? and id = ? and deleted_at is null',
          [workspaceId, customerId],
        )
      : [];
    if (!row) throw refusal('CUSTOMER_NOT_FOUND');
  }
}

/** The customer row locked for the change: another workspace's or a deleted one is not found. */
export async function lockCustomer(
  run: Run,
  workspaceId: string,
  customerId: string,
): Promise<{ attributes: Record<string, unknown> }> {
  const [row] = isUuid(customerId)
    ? await run<{ attributes: Record<string, unknown> }>(
        'select attributes from customer where workspace_id = ? and id = ? and deleted_at is null for update',
        [workspaceId, customerId],
      )
    : [];
  if (!row) throw refusal('CUSTOMER_NOT_FOUND');
  return row;
}

/**
 * A phone or email is marked verified only with personal data consent: withdrawing it drops the
 * marks, in the same transaction and history.
 */
async function dropContactMarks(run: Run, workspaceId: string, customerId: string, actor: Actor) {
  const [before] = await run<{ phone_verified: boolean; email_verified: boolean }>(
    `select phone_verified, email_verified from customer_verification
      where workspace_id = ? and customer_id = ? for update`,
    [workspaceId, customerId],
  );
  if (!before || (!before.phone_verified && !before.email_verified)) return;
  await run(
    `update customer_verification set phone_verified = false, email_verified = false, changed_at = now()
      where workspace_id = ? and customer_id = ?`,
    [workspaceId, customerId],
  );
  const changes: FieldChange[] = [];
  if (before.phone_verified) changes.push({ key: 'phoneVerified', oldValue: true, newValue: false });
  if (before.email_verified) changes.push({ key: 'emailVerified', oldValue: true, newValue: false });
  await recordHistory(run, workspaceId, customerId, CONSENT_HISTORY.contactVerification, actor, changes);
}

/** The consent's field key old → new, then how it was given, for the customer's history. */
function historyChanges(
  kind: ConsentKind,
  was: boolean | null | undefined,
  granted: boolean,
  how: { at?: string; capturedVia: CaptureChannel; source: string | null },
): FieldChange[] {
  const changes: FieldChange[] = [
    { key: consentFieldKey(kind), oldValue: was == null ? null : stateOf(was), newValue: stateOf(granted) },
    { key: 'capturedVia', oldValue: null, newValue: how.capturedVia },
  ];
  if (how.source) changes.push({ key: 'source', oldValue: null, newValue: how.source });
  if (how.at) changes.push({ key: 'at', oldValue: null, newValue: how.at });
  return changes;
}
