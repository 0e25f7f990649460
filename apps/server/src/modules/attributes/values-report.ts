import { PassThrough, type Writable } from 'node:stream';
import type { Actor, JobPayload, JobRunControl } from '@patron/sdk';
import { refusalText } from '../../common/refusal-text.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import type { AuditService } from '../audit/audit.service.js';
// The file can be downloaded as long as an export's.
import { EXPORT_KEPT_HOURS } from '../exports/export.service.js';
import type { Locale } from '../exports/export-columns.js';
import { openWriter } from '../exports/export-writers.js';
import type { FileService } from '../files/file.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { AttributeService } from './attribute.service.js';
import {
  countStoredValues,
  isRewritten,
  judgeStoredValues,
  type WalkOptions,
} from './stored-values-check.js';
import type { ValueRule } from './values/index.js';

export const VALUES_REPORT_JOB = 'attributes.values-report';

/** What a report's run carries: whose it is, of which attribute, by which format, in which language. */
export interface ValuesReportPayload extends JobPayload {
  workspaceId: string;
  staffId: string;
  attributeId: string;
  format: string;
  locale: Locale;
}

/** The file's header and the note of a value that fits but is written differently, per language. */
const TEXTS: Record<Locale, { headers: string[]; rewritten: string }> = {
  EN: {
    headers: [
      'Customer number',
      'Customer name',
      'Stored value',
      'What the format says',
      'As the format writes it',
    ],
    rewritten: 'Fits; written differently',
  },
  RU: {
    headers: [
      'Номер клиента',
      'Имя клиента',
      'Сохранённое значение',
      'Что говорит формат',
      'Как его запишет формат',
    ],
    rewritten: 'Подходит, но записано иначе',
  },
  FA: {
    headers: ['شماره مشتری', 'نام مشتری', 'مقدار ذخیره‌شده', 'نظر قالب', 'به شکلی که قالب می‌نویسد'],
    rewritten: 'جور است ولی به شکل دیگری نوشته شده',
  },
};

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Every stored value of an attribute that a format refuses or would write differently, as a CSV for
 * its requester: the same walk as the check (judgeStoredValues), a batch at a time straight into the
 * files module, so a million customers never sit in memory. The requester's bell links to the file.
 */
export class ValuesReportService {
  constructor(
    private readonly attributes: AttributeService,
    private readonly sql: PreparedPool,
    private readonly files: FileService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    /** Queues a run of the report job; answers the run's id. */
    private readonly enqueue: (payload: ValuesReportPayload) => Promise<string>,
  ) {}

  /**
   * Checks the attribute and format as the check does, then queues the report; answers the run's id.
   * Customers' names and values leave the system in the file, so the audit log says who asked, as for
   * an export.
   */
  async start(
    requester: { workspaceId: string; staffId: string; locale: Locale },
    actor: Actor,
    id: string,
    format: string | null | undefined,
  ): Promise<string> {
    const { rule, definition } = await this.attributes.valueRule(requester.workspaceId, id, format);
    const runId = await this.enqueue({ ...requester, attributeId: id, format: rule.format });
    await this.audit.record(this.sql.query, {
      workspaceId: requester.workspaceId,
      type: 'ATTRIBUTE_VALUES_EXPORTED',
      actor,
      subject: id,
      details: { format: rule.format, key: definition.key, label: definition.label },
    });
    return runId;
  }

  /** Writes the file and tells the requester; a cancelled run keeps no file. */
  async run(payload: ValuesReportPayload, run: JobRunControl, options: WalkOptions = {}): Promise<void> {
    const { workspaceId, staffId } = payload;
    const { rule, definition } = await this.attributes.valueRule(
      workspaceId,
      payload.attributeId,
      payload.format,
    );
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
    const name = `${definition.key}-${payload.format}-${stamp}.csv`;
    const out = new PassThrough();
    // A destroyed stream reports its error to the files module's reader; nobody else listens.
    out.on('error', () => {});
    const saved = this.files.saveStream(
      workspaceId,
      {
        name,
        contentType: 'text/csv; charset=utf-8',
        ownerStaffId: staffId,
        expiresAt: new Date(Date.now() + EXPORT_KEPT_HOURS * 3_600_000),
      },
      out,
    );
    saved.catch(() => {});
    let counts: { refused: number; rewritten: number } | null;
    try {
      counts = await this.write(payload, rule, run, out, options);
    } catch (error) {
      out.destroy(error as Error);
      await saved.catch(() => {});
      throw error;
    }
    if (!counts) {
      out.destroy(new Error('report cancelled'));
      await saved.catch(() => {});
      return;
    }
    const file = await saved;
    const label =
      definition.label[payload.locale.toLowerCase() as 'en'] || definition.label.en || definition.key;
    await this.notifications.notify({
      workspaceId,
      staffId,
      kind: 'attributes.values-report',
      params: { fileName: name, attribute: label, ...counts },
      link: `/files/${file.id}`,
    });
  }

  /** The rows, a batch at a time; null when the run was cancelled meanwhile. */
  private async write(
    payload: ValuesReportPayload,
    rule: ValueRule,
    run: JobRunControl,
    out: Writable,
    options: WalkOptions,
  ): Promise<{ refused: number; rewritten: number } | null> {
    const total = await countStoredValues(this.sql, payload.workspaceId, rule.key);
    if (!(await run.progress(0, total))) return null;
    const texts = TEXTS[payload.locale] ?? TEXTS.EN;
    const language = payload.locale.toLowerCase();
    const writer = openWriter(
      'CSV',
      out,
      texts.headers.map((header) => ({ header, phone: false })),
      { delimiter: ',', rightToLeft: false, sheetName: '' },
    );
    const counts = { refused: 0, rewritten: 0 };
    let done = 0;
    const walk = judgeStoredValues(this.sql, payload.workspaceId, rule, this.attributes.formats, {
      ...options,
      names: true,
    });
    for await (const batch of walk) {
      const rows: (string | number)[][] = [];
      for (const v of batch) {
        if (v.problem) {
          counts.refused++;
          const why = refusalText(v.problem.code, v.problem.params, language);
          rows.push([v.customerNumber, v.customerName ?? '', shown(v.value), why, '']);
        } else if (isRewritten(v)) {
          counts.rewritten++;
          rows.push([
            v.customerNumber,
            v.customerName ?? '',
            shown(v.value),
            texts.rewritten,
            shown(v.storedAs),
          ]);
        }
      }
      const taken = writer.rows(rows);
      if (taken) await taken;
      done += batch.length;
      // Customers added since the count are walked too: the total grows with them.
      if (!(await run.progress(done, Math.max(total, done)))) return null;
    }
    await writer.finish();
    return counts;
  }
}
