import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, ChannelDefinition } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { type EmSql, emSql } from '../../db/em-sql.js';
import { badField, type Path, refusal } from '../../graphql/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ChannelService } from '../channels/channel.service.js';
import type { ConsentService } from '../consents/consent.service.js';
import type { CustomerSearchService, Viewer } from '../customer-search/customer-search.service.js';
import type { GroupService } from '../groups/group.service.js';
import type { WorkspaceSettingsService } from '../workspaces/workspace-settings.service.js';
import { MAILING_COLUMNS, type Mailing, type MailingInput, type MailingRow, toMailing } from './mailing.js';
import {
  type AudienceCount,
  audienceWhere,
  checkedAudience,
  type ExclusionReason,
  type MailingAudience,
  recipientColumns,
  toAudienceCount,
} from './mailing-audience.js';
import { clickTarget, linkNumbers } from './mailing-links.js';
import { type Engagement, recordEngagement } from './message-engagement.js';
import {
  applyMessageStates,
  type ClaimedMessage,
  claimDueMessages,
  type MessageStateChange,
} from './message-states.js';
import { localParts, localText, nextSendMoment, parseLocalDateTime, zonedMoment } from './send-moment.js';
import { readShortClick } from './short-click-token.js';
import { readClick, readOpen, type TrackedMessage } from './tracking-token.js';

export const MAX_NAME = 200;
export const MAX_THROTTLE = 100_000;
export const MAX_ATTRIBUTION_DAYS = 365;
/** How many due scheduled mailings one step of the periodic job starts. */
const DUE_BATCH = 20;
/** A time to send may be this far in the past (the form was open a moment). */
const PAST_SKEW_MS = 60_000;

interface Checked {
  name: string;
  channel: string;
  templateId: string | null;
  audience: MailingAudience;
  scheduledAt: Date | null;
  throttlePerMinute: number | null;
  attributionDays: number;
  trackClicks: boolean | null;
}

/** Who started something: a person's id (null for an API key) and name. */
export interface Author {
  staffId: string | null;
  name: string;
}

/**
 * Mailings: a draft names a channel, a template and an audience; starting it schedules it or sends
 * it now. Sending starts with one INSERT … SELECT writing every recipient's message (job
 * `mailings.start`); the delivery step then works through the QUEUED messages and reports each
 * outcome through `recordMessageState`, which keeps counters and history in the same transaction.
 */
export class MailingService {
  constructor(
    private readonly orm: MikroORM,
    private readonly customerSearch: CustomerSearchService,
    private readonly groups: GroupService,
    private readonly consents: ConsentService,
    private readonly channels: ChannelService,
    private readonly settings: WorkspaceSettingsService,
    private readonly audit: AuditService,
    private readonly enqueueStart: (workspaceId: string, mailingId: string) => Promise<void>,
    private readonly afterHistory: () => void,
  ) {}

  /** The channel a mailing of this kind goes through (any module's, core or plugin). */
  private channelOf(kind: string, path: Path): ChannelDefinition {
    const channel = this.channels.definitionFor(kind);
    if (!channel) throw badField(path, 'MAILING_CHANNEL_UNKNOWN', { channel: kind });
    return channel;
  }

  private get deps() {
    return { customerSearch: this.customerSearch, groups: this.groups };
  }

  private tx<T>(work: (sql: EmSql) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional((em) => work(emSql(em)));
  }

  private read<T>(sql: string, params: unknown[]): Promise<T> {
    return emSql(this.orm.em.fork()).execute<T>(sql, params);
  }

  async list(workspaceId: string, page: { first: number; offset: number }) {
    const rows = await this.read<(MailingRow & { total: string })[]>(
      `select ${MAILING_COLUMNS}, count(*) over () as total from mailing
        where workspace_id = ? order by created_at desc, id limit ? offset ?`,
      [workspaceId, page.first, page.offset],
    );
    let total = Number(rows[0]?.total ?? 0);
    if (rows.length === 0 && page.offset > 0) {
      const [row] = await this.read<{ n: string }[]>(
        'select count(*) as n from mailing where workspace_id = ?',
        [workspaceId],
      );
      total = Number(row?.n ?? 0);
    }
    return { mailings: rows.map(toMailing), totalCount: total };
  }

  async get(workspaceId: string, id: string, path: Path = ['id']): Promise<Mailing> {
    const [row] = isUuid(id)
      ? await this.read<MailingRow[]>(
          `select ${MAILING_COLUMNS} from mailing where workspace_id = ? and id = ?`,
          [workspaceId, id],
        )
      : [];
    if (!row) throw badField(path, 'MAILING_NOT_FOUND');
    return toMailing(row);
  }

  /** The wall-clock time to send in the workspace's zone ('YYYY-MM-DDTHH:MM'), and the zone. */
  async localSchedule(
    workspaceId: string,
    at: Date | null,
  ): Promise<{ sendAt: string | null; timeZone: string }> {
    const { timeZone } = await this.settings.get(workspaceId);
    return { sendAt: at ? localText(localParts(at, timeZone)) : null, timeZone };
  }

  async create(viewer: Viewer, actor: Actor, author: Author, input: MailingInput): Promise<Mailing> {
    const c = await this.checked(viewer, input);
    const row = await this.tx(async (sql) => {
      const [created] = await sql.execute<MailingRow[]>(
        `insert into mailing (workspace_id, name, channel, template_id, audience, scheduled_at, throttle_per_minute,
           attribution_days, track_clicks, created_by, created_by_name)
         values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, coalesce(?, true), ?, ?) returning ${MAILING_COLUMNS}`,
        [
          viewer.workspaceId,
          c.name,
          c.channel,
          c.templateId,
          JSON.stringify(c.audience),
          c.scheduledAt,
          c.throttlePerMinute,
          c.attributionDays,
          c.trackClicks,
          author.staffId,
          author.name,
        ],
      );
      const mailing = created as MailingRow;
      await this.audit.record(sql, {
        workspaceId: viewer.workspaceId,
        type: 'MAILING_CREATED',
        actor,
        subject: mailing.id,
        details: { name: c.name, channel: c.channel },
      });
      return mailing;
    });
    return toMailing(row);
  }

  async update(viewer: Viewer, actor: Actor, id: string, input: MailingInput): Promise<Mailing> {
    await this.get(viewer.workspaceId, id);
    const c = await this.checked(viewer, input);
    const row = await this.tx(async (sql) => {
      await this.lockDraft(sql, viewer.workspaceId, id);
      const [updated] = await sql.execute<MailingRow[]>(
        `update mailing set name = ?, channel = ?, template_id = ?, audience = ?::jsonb, scheduled_at = ?,
            throttle_per_minute = ?, attribution_days = ?, track_clicks = coalesce(?, track_clicks),
            updated_at = now()
          where workspace_id = ? and id = ? returning ${MAILING_COLUMNS}`,
        [
          c.name,
          c.channel,
          c.templateId,
          JSON.stringify(c.audience),
          c.scheduledAt,
          c.throttlePerMinute,
          c.attributionDays,
          c.trackClicks,
          viewer.workspaceId,
          id,
        ],
      );
      await this.audit.record(sql, {
        workspaceId: viewer.workspaceId,
        type: 'MAILING_UPDATED',
        actor,
        subject: id,
        details: { name: c.name },
      });
      return updated as MailingRow;
    });
    return toMailing(row);
  }

  /** The live count: everyone the audience selects, who would be reached, and the others by reason. */
  async audience(viewer: Viewer, channel: string, audience: MailingAudience): Promise<AudienceCount> {
    const definition = this.channelOf(channel, ['channel']);
    const checked = checkedAudience(audience, ['audience']);
    const where = await audienceWhere(this.deps, viewer, checked, ['audience']);
    const rows = await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      // A count over a big audience is one pass; parallel workers would take every core for one request.
      await sql.execute('set local max_parallel_workers_per_gather = 0', []);
      return sql.execute<{ excluded: ExclusionReason | null; n: string }[]>(
        `select r.excluded, count(*) as n from (select ${recipientColumns(this.consents, definition)}
           from customer c where ${where.sql}) r group by r.excluded`,
        where.params,
      );
    });
    return toAudienceCount(rows);
  }

  /** A draft starts: scheduled for its time, or sending now (the start job writes its recipients). */
  async start(workspaceId: string, actor: Actor, id: string): Promise<Mailing> {
    await this.get(workspaceId, id);
    const row = await this.tx(async (sql) => {
      const draft = await this.lockDraft(sql, workspaceId, id);
      if (!draft.template_id) throw badField(['id'], 'MAILING_TEMPLATE_REQUIRED');
      const at = draft.scheduled_at ? new Date(draft.scheduled_at) : null;
      if (at && at.getTime() < Date.now() - PAST_SKEW_MS) throw badField(['id'], 'MAILING_SEND_AT_PAST');
      const later = at != null && at.getTime() > Date.now();
      const [started] = await sql.execute<MailingRow[]>(
        `update mailing set state = ?, started_at = case when ? then null else now() end, updated_at = now()
          where workspace_id = ? and id = ? returning ${MAILING_COLUMNS}`,
        [later ? 'SCHEDULED' : 'SENDING', later, workspaceId, id],
      );
      await this.audit.record(sql, {
        workspaceId,
        type: 'MAILING_STARTED',
        actor,
        subject: id,
        details: { name: draft.name, scheduledAt: later ? at?.toISOString() : null },
      });
      return started as MailingRow;
    });
    if (row.state === 'SENDING') await this.enqueueStart(workspaceId, id);
    return toMailing(row);
  }

  /**
   * Cancel while scheduled or sending: every message still queued is skipped with reason CANCELLED in
   * one statement; what was sent, delivered or failed stays as it is.
   */
  async cancel(workspaceId: string, actor: Actor, id: string): Promise<Mailing> {
    await this.get(workspaceId, id);
    const row = await this.tx(async (sql) => {
      const [current] = await sql.execute<MailingRow[]>(
        `select ${MAILING_COLUMNS} from mailing where workspace_id = ? and id = ? for update`,
        [workspaceId, id],
      );
      const state = current?.state ?? 'DRAFT';
      if (state !== 'SCHEDULED' && state !== 'SENDING') throw refusal('MAILING_NOT_CANCELLABLE', { state });
      const [skipped] = await sql.execute<{ n: string }[]>(
        `with s as (update mailing_message set state = 'SKIPPED', reason = 'CANCELLED', updated_at = now()
                     where workspace_id = ? and mailing_id = ? and state = 'QUEUED' returning 1)
         select count(*) as n from s`,
        [workspaceId, id],
      );
      const n = Number(skipped?.n ?? 0);
      const [cancelled] = await sql.execute<MailingRow[]>(
        `update mailing set state = 'CANCELLED', finished_at = now(), updated_at = now(),
            queued = queued - ?, skipped = skipped + ?
          where workspace_id = ? and id = ? returning ${MAILING_COLUMNS}`,
        [n, n, workspaceId, id],
      );
      await this.audit.record(sql, {
        workspaceId,
        type: 'MAILING_CANCELLED',
        actor,
        subject: id,
        details: { name: current?.name, skipped: n },
      });
      return cancelled as MailingRow;
    });
    return toMailing(row);
  }

  /**
   * The periodic job: scheduled mailings whose time has come start sending, and a sending mailing
   * whose recipients were never written (its start job lost) is queued again. True while there was work.
   */
  async startDue(): Promise<boolean> {
    const due = await this.tx((sql) =>
      sql.execute<{ workspace_id: string; id: string }[]>(
        // Picked once (materialized), as claimDueMessages does: a locking subquery re-run per row takes more.
        `with due as materialized (
           select d.workspace_id, d.id from mailing d where d.state = 'SCHEDULED' and d.scheduled_at <= now()
            order by d.scheduled_at limit ? for update skip locked)
         update mailing g set state = 'SENDING', started_at = now(), updated_at = now()
           from due where g.workspace_id = due.workspace_id and g.id = due.id
          returning g.workspace_id, g.id`,
        [DUE_BATCH],
      ),
    );
    const stuck = await this.read<{ workspace_id: string; id: string }[]>(
      `select workspace_id, id from mailing
        where state = 'SENDING' and materialized_at is null and started_at < now() - interval '1 minute'`,
      [],
    );
    for (const m of [...due, ...stuck]) await this.enqueueStart(m.workspace_id, m.id);
    return due.length === DUE_BATCH;
  }

  /**
   * Writes every recipient's message in one INSERT … SELECT: the reachable ones QUEUED (due at the
   * end of the quiet hours if it is quiet now), the others SKIPPED with the reason they are excluded.
   * Runs once per mailing (materialized_at); the unique key means a second run could queue nobody twice.
   */
  async materialize(workspaceId: string, mailingId: string): Promise<void> {
    const { timeZone, quietHours } = await this.settings.get(workspaceId);
    await this.tx(async (sql) => {
      const [mailing] = await sql.execute<MailingRow[]>(
        `select ${MAILING_COLUMNS} from mailing where workspace_id = ? and id = ? for update`,
        [workspaceId, mailingId],
      );
      if (mailing?.state !== 'SENDING' || mailing.materialized_at) return;
      const viewer: Viewer = { workspaceId, staffId: mailing.created_by };
      const where = await audienceWhere(this.deps, viewer, mailing.audience, ['audience']);
      const due = nextSendMoment(new Date(), timeZone, quietHours);
      await sql.execute(
        `insert into mailing_message (workspace_id, mailing_id, customer_id, address, state, reason, next_attempt_at)
         select c.workspace_id, ?::uuid, c.id, r.address,
                case when r.excluded is null then 'QUEUED' else 'SKIPPED' end, r.excluded, ?
           from customer c cross join lateral (select ${recipientColumns(this.consents, this.channelOf(mailing.channel, ['channel']))}) r
          where ${where.sql}
         on conflict (workspace_id, mailing_id, customer_id) do nothing`,
        [mailingId, due, ...where.params],
      );
      await sql.execute(
        `update mailing g set materialized_at = now(), updated_at = now(),
            recipients = x.recipients, queued = x.queued, skipped = x.skipped
           from (select count(*) as recipients, count(*) filter (where state = 'QUEUED') as queued,
                        count(*) filter (where state = 'SKIPPED') as skipped
                   from mailing_message where workspace_id = ? and mailing_id = ?) x
          where g.workspace_id = ? and g.id = ?`,
        [workspaceId, mailingId, workspaceId, mailingId],
      );
      // Nobody to send to: the mailing is over at once.
      await sql.execute(
        `update mailing set state = 'SENT', finished_at = now()
          where workspace_id = ? and id = ? and queued = 0`,
        [workspaceId, mailingId],
      );
    });
  }

  /**
   * Records what happened to recipients' messages (sent, delivered, failed, retried, unsubscribed):
   * the state, the counters and the history rows in one transaction, set-based for a batch. Used by
   * the delivery step and the delivery-report webhook. Returns the ids that changed.
   */
  async recordMessageState(workspaceId: string, changes: MessageStateChange[]): Promise<string[]> {
    const changed = await this.tx((sql) => applyMessageStates(sql, workspaceId, changes));
    if (changed.length) this.afterHistory();
    return changed;
  }

  /**
   * The message and link of a tracked link this server signed: an email's long token carries both,
   * a text message's short one the message id and the link's number. Null for anything else.
   */
  async findClick(token: string): Promise<(TrackedMessage & { url: string }) | null> {
    const long = readClick(this.channels, token);
    if (long) return long;
    const short = readShortClick(this.channels, token);
    const target = short && (await clickTarget(emSql(this.orm.em.fork()), short));
    return short && target
      ? { workspaceId: target.workspaceId, messageId: short.messageId, url: target.url }
      : null;
  }

  /** The numbers of a mailing's links, numbering those new to it (see mailing-links.ts). */
  linkNumbers(workspaceId: string, mailingId: string, urls: readonly string[]): Promise<Map<string, number>> {
    return this.tx((sql) => linkNumbers(sql, workspaceId, mailingId, urls));
  }

  readOpen(token: string): TrackedMessage | null {
    return readOpen(this.channels, token);
  }

  /** The first click or open of a message: its time, the mailing's counter and the history event. */
  async recordEngagement(target: TrackedMessage, what: Engagement): Promise<boolean> {
    const recorded = await this.tx((sql) =>
      recordEngagement(sql, target.workspaceId, target.messageId, what),
    );
    if (recorded) this.afterHistory();
    return recorded;
  }

  /** The next due messages of a mailing, leased to the caller (see claimDueMessages). */
  claimDue(
    workspaceId: string,
    mailingId: string,
    limit: number,
    leaseMs = 120_000,
  ): Promise<ClaimedMessage[]> {
    return this.tx((sql) => claimDueMessages(sql, workspaceId, mailingId, limit, leaseMs));
  }

  /** How many of this mailing's messages left in the last minute (for the throttle). */
  async sentInLastMinute(workspaceId: string, mailingId: string): Promise<number> {
    const [row] = await this.read<{ n: string }[]>(
      `select count(*) as n from mailing_message
        where workspace_id = ? and mailing_id = ? and sent_at > now() - interval '1 minute'`,
      [workspaceId, mailingId],
    );
    return Number(row?.n ?? 0);
  }

  /** Records a test send of the mailing to one address; the delivery step hands it to the channel. */
  async requestTest(workspaceId: string, author: Author, id: string, to: string): Promise<string> {
    const mailing = await this.get(workspaceId, id);
    const address = to.trim();
    if (!testAddressOk(mailing.channel, address))
      throw badField(['to'], 'MAILING_TEST_ADDRESS_INVALID', { channel: mailing.channel });
    const [row] = await this.read<{ id: string }[]>(
      `insert into mailing_test_send (workspace_id, mailing_id, address, requested_by, requested_by_name)
       values (?, ?, ?, ?, ?) returning id::text as id`,
      [workspaceId, id, address, author.staffId, author.name],
    );
    return (row as { id: string }).id;
  }

  private async lockDraft(sql: EmSql, workspaceId: string, id: string): Promise<MailingRow> {
    const [row] = await sql.execute<MailingRow[]>(
      `select ${MAILING_COLUMNS} from mailing where workspace_id = ? and id = ? for update`,
      [workspaceId, id],
    );
    if (!row) throw badField(['id'], 'MAILING_NOT_FOUND');
    if (row.state !== 'DRAFT') throw refusal('MAILING_NOT_DRAFT', { state: row.state });
    return row;
  }

  private async checked(viewer: Viewer, input: MailingInput): Promise<Checked> {
    const name = input.name.trim();
    if (!name) throw badField(['input', 'name'], 'REQUIRED');
    if (name.length > MAX_NAME) throw badField(['input', 'name'], 'TOO_LONG', { max: MAX_NAME });
    this.channelOf(input.channel, ['input', 'channel']);
    const templateId = input.templateId?.trim() || null;
    if (templateId && !isUuid(templateId))
      throw badField(['input', 'templateId'], 'MAILING_TEMPLATE_INVALID');
    const audience = checkedAudience(input.audience, ['input', 'audience']);
    // Resolving it now refuses an unknown segment or group and a bad filter before anything is saved.
    await audienceWhere(this.deps, viewer, audience, ['input', 'audience']);
    const throttle = input.throttlePerMinute ?? null;
    if (throttle != null && (!Number.isInteger(throttle) || throttle < 1 || throttle > MAX_THROTTLE))
      throw badField(['input', 'throttlePerMinute'], 'NUMBER_RANGE', { min: 1, max: MAX_THROTTLE });
    const days = input.attributionDays ?? 7;
    if (!Number.isInteger(days) || days < 1 || days > MAX_ATTRIBUTION_DAYS)
      throw badField(['input', 'attributionDays'], 'NUMBER_RANGE', { min: 1, max: MAX_ATTRIBUTION_DAYS });
    let scheduledAt: Date | null = null;
    if (input.sendAt?.trim()) {
      const local = parseLocalDateTime(input.sendAt);
      if (!local) throw badField(['input', 'sendAt'], 'MAILING_SEND_AT_INVALID', { got: input.sendAt });
      const { timeZone } = await this.settings.get(viewer.workspaceId);
      scheduledAt = zonedMoment(local, timeZone);
      if (scheduledAt.getTime() < Date.now() - PAST_SKEW_MS)
        throw badField(['input', 'sendAt'], 'MAILING_SEND_AT_PAST');
    }
    return {
      name,
      channel: input.channel,
      templateId,
      audience,
      scheduledAt,
      throttlePerMinute: throttle,
      attributionDays: days,
      trackClicks: input.trackClicks ?? null,
    };
  }
}

/** A light check of a test address by channel; the channel itself has the last word when sending. */
function testAddressOk(channel: string, address: string): boolean {
  if (!address || address.length > 320) return false;
  if (channel === 'EMAIL') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address);
  if (channel === 'SMS') return /^\+?[0-9 ()-]{6,20}$/.test(address);
  return /^-?\d{1,20}$|^@\w{4,}$/.test(address);
}
