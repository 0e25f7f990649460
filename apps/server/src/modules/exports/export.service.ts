import { PassThrough, type Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor, JobRunControl } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import { emSql } from '../../db/em-sql.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { badField, refusal } from '../../graphql/errors.js';
import { runProgress } from '../../jobs/run-progress.js';
import { claimNext, keepAlive, type WorkTable, waitingWhen } from '../../jobs/workspace-claim.js';
import type { AttributeService } from '../attributes/attribute.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CustomerSelection } from '../bulk-actions/bulk-action.js';
import { selectionWhere } from '../bulk-actions/selection-where.js';
import type { CustomerSearchService, Viewer } from '../customer-search/customer-search.service.js';
import type { LoyaltyProgrammeService } from '../loyalty-programme/loyalty-programme.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { TagService } from '../tags/tag.service.js';
import { type Calendar, type DateStyle, DateWriter } from './dates.js';
import {
  attributeColumn,
  type ColumnSource,
  exportColumns,
  type Locale,
  registryColumn,
} from './export-columns.js';
import { columnPermission } from './export-permissions.js';
import type { ExportStorage, StoredExport } from './export-storage.js';
import { type Format, openWriter } from './export-writers.js';

/** How long a finished file can be downloaded. */
export const EXPORT_KEPT_HOURS = 24;
export const MAX_COLUMNS = 100;
/**
 * Rows formatted and written at a time (PostgreSQL streams the next ones with COPY meanwhile): small
 * enough to die young in V8's heap, which keeps the process's memory flat.
 */
const BATCH = 1000;
/** Rows between progress updates (each a durable commit) and checks for a cancel. */
const PROGRESS_EVERY = 20_000;
/** Exports waiting or left by a stopped process; read-only, so exports of one workspace may overlap. */
const EXPORTS: WorkTable = {
  table: 'customer_export',
  waiting: waitingWhen('state', 'QUEUED', 'RUNNING'),
  set: "state = 'RUNNING', heartbeat_at = now(), done = 0",
  returning: 't.*',
};

/** An export's own cancel, and its run's cancel on the Jobs screen: no file, the reason by code. */
const CANCEL = `update customer_export set state = 'CANCELLED', finished_at = now(),
    problem = '{"code":"EXPORT_CANCELLED","params":{}}'::jsonb
  where workspace_id = ?`;

export type ExportState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED';
export const DELIMITERS = { COMMA: ',', SEMICOLON: ';', TAB: '\t' } as const;
export type Delimiter = keyof typeof DELIMITERS;

export interface ExportRequest {
  selection: CustomerSelection;
  format: Format;
  delimiter: Delimiter;
  columns: string[];
  dateStyle: DateStyle;
}

/** The requester: who they are, what their role may read, how they read dates. */
export interface Requester {
  workspaceId: string;
  staffId: string;
  name: string;
  role: string | null;
  permissions: ReadonlySet<string>;
  locale: Locale;
  calendar: Calendar;
}

export interface ExportRow {
  workspace_id: string;
  id: string;
  requested_by: string;
  requested_by_name: string;
  selection: CustomerSelection;
  format: Format;
  delimiter: string;
  columns: string[];
  date_style: DateStyle;
  locale: Locale;
  calendar: Calendar;
  time_zone: string;
  state: ExportState;
  total: number | null;
  done: number;
  problem: { code: string; params: Record<string, string | number> } | null;
  file_id: string | null;
  file_name: string | null;
  file_size: string | null;
  expires_at: Date | null;
  created_at: Date;
  finished_at: Date | null;
}

const CONTENT_TYPES: Record<Format, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Customer exports as module jobs: the request checks everything and records a row; the job reads
 * the selection with one COPY stream and writes CSV or XLSX a batch at a time straight into the files
 * module, with an expiry. Only the requester may download it.
 */
export class ExportService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sql: PreparedPool,
    private readonly attributes: AttributeService,
    private readonly customerSearch: CustomerSearchService,
    private readonly tags: TagService,
    private readonly programme: LoyaltyProgrammeService,
    private readonly audit: AuditService,
    private readonly storage: ExportStorage,
    /** Starts the workspace's export run now rather than at the next poll. */
    private readonly kick: (workspaceId: string) => void,
    private readonly notifications: NotificationService,
    private readonly log: (message: string) => void,
  ) {}

  /** Every column the workspace's list can show, with what a role needs to read it. */
  async columnSources(workspaceId: string): Promise<ColumnSource[]> {
    const [definitions, fields] = await Promise.all([
      this.attributes.list(workspaceId),
      this.customerSearch.fields(workspaceId),
    ]);
    return [
      ...definitions.filter((d) => !d.retiredAt).map(attributeColumn),
      ...fields.filter((f) => f.source !== 'attribute').map(registryColumn),
    ];
  }

  async start(requester: Requester, request: ExportRequest): Promise<ExportRow> {
    const viewer = viewerOf(requester);
    await selectionWhere(this.customerSearch, viewer, request.selection, ['input', 'selection']);
    const columns = await this.checkColumns(requester, request.columns);
    const { timeZone } = await this.programme.get(requester.workspaceId);
    const row = await this.orm.em.fork().transactional(async (em) => {
      const sql = emSql(em);
      const [row] = await sql.execute<ExportRow[]>(
        `insert into customer_export (workspace_id, requested_by, requested_by_name, selection, format, delimiter,
            columns, date_style, locale, calendar, time_zone)
         values (?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?) returning *`,
        [
          requester.workspaceId,
          requester.staffId,
          requester.name,
          JSON.stringify(request.selection),
          request.format,
          DELIMITERS[request.delimiter],
          JSON.stringify(columns.map((c) => c.key)),
          request.dateStyle,
          requester.locale,
          requester.calendar,
          timeZone,
        ],
      );
      const actor: Actor = { kind: 'staff', id: requester.staffId, name: requester.name };
      // Customer data leaving the system is worth a line in the audit log; the segment by the name it
      // had then, so the log reads the same after a rename or delete.
      const segmentId = request.selection.segmentId;
      const [segment] = segmentId
        ? await sql.execute<{ name: string }[]>(
            'select name from segment where workspace_id = ? and id = ?',
            [requester.workspaceId, segmentId],
          )
        : [];
      await this.audit.record(sql, {
        workspaceId: requester.workspaceId,
        type: 'CUSTOMERS_EXPORTED',
        actor,
        subject: row?.id ?? null,
        details: {
          format: request.format,
          columns: columns.map((c) => c.key),
          selection: request.selection,
          ...(segment ? { segmentName: segment.name } : {}),
        },
      });
      return row as ExportRow;
    });
    this.kick(requester.workspaceId);
    return row;
  }

  /** The requested columns, each known and readable by the requester's role. */
  private async checkColumns(requester: Requester, keys: readonly string[]): Promise<ColumnSource[]> {
    if (keys.length === 0) throw badField(['input', 'columns'], 'EXPORT_COLUMNS_REQUIRED');
    if (keys.length > MAX_COLUMNS)
      throw badField(['input', 'columns'], 'EXPORT_COLUMNS_TOO_MANY', { max: MAX_COLUMNS });
    const sources = new Map((await this.columnSources(requester.workspaceId)).map((s) => [s.key, s]));
    const seen = new Set<string>();
    return keys.map((key, i) => {
      const source = sources.get(key);
      if (!source || seen.has(key)) throw badField(['input', 'columns', i], 'COLUMN_UNKNOWN', { key });
      seen.add(key);
      const permission = columnPermission(source.source);
      if (!requester.permissions.has(permission))
        throw refusal('EXPORT_COLUMN_FORBIDDEN', { column: key, permission });
      return source;
    });
  }

  /** One of the requester's own exports; anyone else's is not found. */
  async get(workspaceId: string, staffId: string, id: string): Promise<ExportRow> {
    const [row] = isUuid(id)
      ? await this.sql.query<ExportRow>(
          'select * from customer_export where workspace_id = ? and id = ? and requested_by = ?',
          [workspaceId, id, staffId],
        )
      : [];
    if (!row) throw refusal('EXPORT_NOT_FOUND');
    return row;
  }

  async recent(workspaceId: string, staffId: string, first: number): Promise<ExportRow[]> {
    return this.sql.query<ExportRow>(
      `select * from customer_export where workspace_id = ? and requested_by = ?
        order by created_at desc limit ?`,
      [workspaceId, staffId, Math.min(Math.max(first, 1), 100)],
    );
  }

  /** Stops a queued or running export; the job notices at its next batch and keeps no file. */
  async cancel(workspaceId: string, staffId: string, id: string): Promise<ExportRow> {
    await this.get(workspaceId, staffId, id);
    await this.sql.query(`${CANCEL} and id = ? and state in ('QUEUED', 'RUNNING')`, [workspaceId, id]);
    return this.get(workspaceId, staffId, id);
  }

  /**
   * The workspace's run was cancelled on the Jobs screen: its running exports are cancelled as by
   * their own cancel (the run drops the file at its next batch), so no later run writes them again.
   */
  async cancelRunning(workspaceId: string): Promise<void> {
    await this.sql.query(`${CANCEL} and state = 'RUNNING'`, [workspaceId]);
  }

  /** The finished file for its requester, or why not. */
  async download(
    workspaceId: string,
    staffId: string,
    id: string,
  ): Promise<{ row: ExportRow; body: NodeJS.ReadableStream; contentType: string }> {
    const row = await this.get(workspaceId, staffId, id);
    if (row.state !== 'DONE' || !row.file_id) throw refusal('EXPORT_NOT_READY');
    if (!row.expires_at || new Date(row.expires_at).getTime() <= Date.now())
      throw refusal('EXPORT_EXPIRED', { hours: EXPORT_KEPT_HOURS });
    const body = await this.storage.open(workspaceId, row.file_id);
    if (!body) throw refusal('EXPORT_EXPIRED', { hours: EXPORT_KEPT_HOURS });
    return { row, body, contentType: CONTENT_TYPES[row.format] };
  }

  /**
   * Runs the next queued export (of `workspaceId`, or of any workspace), or one whose process died
   * (from the start); false when none. `run` shows its rows on the Jobs screen. When staff cancel
   * that run there, the export is cancelled for good (`cancelRunning`); when the run is taken from a
   * stopping process, its row waits for a later run to write it again from the start. Either way the
   * export stops at its next batch and keeps no file.
   */
  async runNext(workspaceId?: string, run?: JobRunControl): Promise<boolean> {
    const job = await claimNext<ExportRow>(this.sql, EXPORTS, workspaceId);
    if (!job) return false;
    const alive = keepAlive(this.sql, EXPORTS, job);
    try {
      await this.runClaimed(job, run);
    } finally {
      alive();
    }
    return true;
  }

  /** Writes and stores a claimed export's file, or records why it could not. */
  private async runClaimed(job: ExportRow, run?: JobRunControl): Promise<void> {
    // The file streams into the files module while it is written: no temporary file, and storing
    // overlaps with formatting. A cancel or a failure destroys the stream, and the files module deletes the file.
    const target = this.target(job);
    const out = new PassThrough();
    // A destroyed stream reports its error to the files module's reader; nobody else listens.
    out.on('error', () => {});
    const saved = this.storage.save(job.workspace_id, target, out);
    saved.catch(() => {});
    try {
      if (!(await this.write(job, out, run))) {
        out.destroy(new Error('export cancelled'));
        await saved.catch(() => {});
        return;
      }
      await this.finishStored(job, target, await saved);
    } catch (error) {
      out.destroy(error as Error);
      await saved.catch(() => {});
      await this.sql.query(
        `update customer_export set state = 'FAILED', finished_at = now(),
            problem = '{"code":"EXPORT_FAILED","params":{}}'::jsonb
          where workspace_id = ? and id = ? and state = 'RUNNING'`,
        [job.workspace_id, job.id],
      );
      this.finished(job, 'FAILED');
      throw error;
    }
  }

  /** Writes the file; false when the export or its run was cancelled meanwhile. */
  async write(job: ExportRow, out: Writable, run?: JobRunControl): Promise<boolean> {
    const viewer: Viewer = { workspaceId: job.workspace_id, staffId: job.requested_by };
    const where = await selectionWhere(this.customerSearch, viewer, job.selection, ['selection']);
    const sources = new Map((await this.columnSources(job.workspace_id)).map((s) => [s.key, s]));
    const chosen = job.columns.map((key) => sources.get(key)).filter((s): s is ColumnSource => Boolean(s));
    const tagNames = new Map((await this.tags.list(job.workspace_id)).map((t) => [t.id, t.name]));
    const dates = new DateWriter(job.date_style, job.calendar);
    const { columns, params } = exportColumns(chosen, job.locale, dates, job.time_zone, tagNames);

    const [count] = await this.sql.once<{ n: string }>(
      `select count(*) as n from customer c where ${where.sql}`,
      where.params,
    );
    const total = Number(count?.n ?? 0);
    await this.sql.query('update customer_export set total = ? where workspace_id = ? and id = ?', [
      total,
      job.workspace_id,
      job.id,
    ]);
    const progress = runProgress(run);

    const select = `select ${columns.map((c) => c.sql).join(', ')} from customer c where ${where.sql} order by c.id`;
    const writer = openWriter(job.format, out, columns, {
      delimiter: job.delimiter,
      rightToLeft: job.locale === 'FA',
      sheetName: 'Customers',
    });
    let done = 0;
    for await (const rows of this.sql.copyOut(select, [...params, ...where.params], BATCH)) {
      // Formatted and handed over at once; neither the rows nor their cells are kept across the
      // wait for the file, or they outlive V8's young generation and wait for a full collection.
      done += rows.length;
      const taken = writer.rows(rows.map((row) => columns.map((c, i) => c.cell(row[i] ?? null))));
      if (taken) await taken;
      // Cancelled on the Jobs screen, or taken from a stopping process: the caller drops the file.
      if (!(await progress(done, total))) return false;
      if (done % PROGRESS_EVERY >= rows.length) continue;
      const alive = await this.sql.query<{ id: string }>(
        `update customer_export set done = ?, heartbeat_at = now()
          where workspace_id = ? and id = ? and state = 'RUNNING' returning id`,
        [done, job.workspace_id, job.id],
      );
      // Cancelled: leaving the loop closes the statement's connection; the caller drops the file.
      if (alive.length === 0) return false;
    }
    await this.sql.query('update customer_export set done = ? where workspace_id = ? and id = ?', [
      done,
      job.workspace_id,
      job.id,
    ]);
    await writer.finish();
    await progress(done, done, true);
    return true;
  }

  /** The file's name, type, owner and expiry, known before its first byte. */
  private target(job: ExportRow) {
    const stamp = new Date(job.created_at).toISOString().slice(0, 16).replace(/[-:T]/g, '');
    return {
      name: `customers-${stamp}.${job.format.toLowerCase()}`,
      contentType: CONTENT_TYPES[job.format],
      ownerStaffId: job.requested_by,
      expiresAt: new Date(Date.now() + EXPORT_KEPT_HOURS * 3_600_000),
    };
  }

  private async finishStored(
    job: ExportRow,
    target: { name: string; expiresAt: Date },
    stored: StoredExport,
  ): Promise<void> {
    const [row] = await this.sql.query<ExportRow>(
      `update customer_export set state = 'DONE', finished_at = now(), file_id = ?, file_name = ?,
          file_size = ?, expires_at = ?
        where workspace_id = ? and id = ? and state = 'RUNNING' returning *`,
      [stored.id, target.name, stored.size, target.expiresAt, job.workspace_id, job.id],
    );
    if (row) this.finished(row, 'DONE');
  }

  /** The one place the requester hears that an export ended: the bell links to the file itself. */
  private finished(job: ExportRow, outcome: 'DONE' | 'FAILED'): void {
    const notice =
      outcome === 'DONE' && job.file_id
        ? {
            kind: 'export.ready' as const,
            params: { fileName: job.file_name ?? '', rows: job.done },
            link: `/files/${job.file_id}`,
          }
        : { kind: 'job.failed' as const, params: { job: 'exports.run' }, link: null };
    this.notifications
      .notify({ workspaceId: job.workspace_id, staffId: job.requested_by, ...notice })
      .catch((error: Error) =>
        this.log(`exports: the notice for ${job.id} was not written: ${error.message}`),
      );
  }
}

function viewerOf(r: Requester): Viewer {
  return { workspaceId: r.workspaceId, staffId: r.staffId, role: r.role };
}
