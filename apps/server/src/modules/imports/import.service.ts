import type { Actor } from '@patron/sdk';
import { isUuid } from '../../common/ids.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { badField, badInput, refusal } from '../../graphql/errors.js';
import type { AttributeService } from '../attributes/attribute.service.js';
import type { CountryCode } from '../attributes/values/phone.js';
import type { BranchService } from '../branches/branch.service.js';
import type { ConsentService } from '../consents/consent.service.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import { LP } from '../ledger/ledger-permissions.js';
import { classify, MATCH_KEY, type Outcome } from './import-classify.js';
import { type ImportCounts, type ImportRecord, NO_COUNTS, type StoredColumn } from './import-record.js';
import { type MappedCell, type MappedRow, mapRow, type RowProblem } from './import-rows.js';
import {
  customerTargets,
  type ImportKind,
  type ImportTarget,
  OPERATION_TARGETS,
  PURCHASE_TARGETS,
  suggestTargets,
} from './import-targets.js';
import { previewOperations } from './operation-import.preview.js';
import { previewPurchases } from './purchase-import.preview.js';
import { DELIMITERS, type Encoding, isEncoding } from './reading/detect.js';
import { ImportFileError } from './reading/file-error.js';
import { openTable, type ReadSettings, readRows } from './reading/read-table.js';
import { type ImportSource, type UploadedFiles, uploadedSource } from './reading/source.js';
import { storable } from './reading/table.js';

const SAMPLES = 5;
const MAX_PREVIEW = 200;

export interface OpenInput {
  fileId: string;
  kind: ImportKind;
  encoding?: string | null;
  delimiter?: string | null;
  sheet?: string | null;
}

export interface ConfigureInput {
  id: string;
  sheet?: string | null;
  encoding?: string | null;
  delimiter?: string | null;
  columns?: { index: number; target: string | null }[] | null;
  mode?: ImportRecord['mode'] | null;
  matchOn?: ImportRecord['match_on'] | null;
  applyEarningRules?: boolean | null;
  attachDuplicates?: boolean | null;
  templateId?: string | null;
}

export interface PreviewRow {
  line: number;
  outcome: Outcome;
  problem: RowProblem | null;
  cells: MappedCell[];
}

export interface ImportTemplateRecord {
  id: string;
  name: string;
  kind: ImportKind;
  columns: { header: string; target: string | null }[];
}

/**
 * Imports: a file is opened (read settings detected, header read, targets suggested), mapped,
 * previewed and started; the runner (import.runner.ts) applies it in the background.
 */
export class ImportService {
  /**
   * Where an import's file is read from: uploads today (reading/source.ts). The one seam for
   * files.openStream, and for the benchmark, which reads a file from disk beyond the upload limit.
   */
  source: (workspaceId: string, fileId: string, path: (string | number)[]) => Promise<ImportSource> = (
    workspaceId,
    fileId,
    path,
  ) => uploadedSource(this.files, workspaceId, fileId, path);

  constructor(
    private readonly sql: PreparedPool,
    private readonly attributes: AttributeService,
    private readonly currencies: CurrencyService,
    private readonly files: UploadedFiles,
    /** The workspace's country of phone numbers written without a country code. */
    readonly phoneCountry: (workspaceId: string) => Promise<CountryCode>,
    /** Starts the workspace's runner now rather than at the next poll. */
    private readonly kick: (workspaceId: string) => void,
    /** Consents the import sets (consent:<KIND> columns) go through the consents module. */
    readonly consents: ConsentService,
    /** A purchase row's branch is previewed by the purchases' branch rules. */
    private readonly branches: BranchService,
  ) {}

  async targets(workspaceId: string, kind: ImportKind): Promise<ImportTarget[]> {
    if (kind === 'PURCHASES') return PURCHASE_TARGETS;
    if (kind === 'OPERATIONS') return OPERATION_TARGETS;
    const [definitions, currencies] = await Promise.all([
      this.attributes.definitions(workspaceId),
      this.currencies.list(workspaceId),
    ]);
    return customerTargets(definitions, currencies);
  }

  async open(workspaceId: string, staff: Actor, input: OpenInput): Promise<ImportRecord> {
    const source = await this.source(workspaceId, input.fileId, ['input', 'fileId']);
    const chosen = this.chosenSettings(input);
    const opened = await fileRefusals(['input', 'fileId'], () => openTable(source, chosen, SAMPLES));
    const targets = await this.targets(workspaceId, input.kind);
    const columns = columnsOf(opened.header, opened.firstRows, suggestTargets(opened.header, targets));
    const [row] = await this.sql.query<ImportRecord>(
      `insert into import (workspace_id, kind, file_id, file_name, content_hash, format, encoding, delimiter,
         sheets, sheet, columns, match_on, requested_by, requested_by_name)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?::jsonb, ?, ?, ?) returning *`,
      [
        workspaceId,
        input.kind,
        input.fileId,
        source.name.slice(0, 255),
        await source.hash(),
        opened.settings.format,
        opened.settings.encoding,
        opened.settings.delimiter,
        opened.sheets,
        opened.settings.sheet,
        JSON.stringify(columns),
        defaultMatchOn(columns),
        staff.id,
        staff.name,
      ],
    );
    return row as ImportRecord;
  }

  async configure(workspaceId: string, input: ConfigureInput): Promise<ImportRecord> {
    const current = await this.get(workspaceId, input.id);
    if (current.state !== 'MAPPING') throw refusal('IMPORT_NOT_CONFIGURABLE');
    let columns = current.columns;
    let settings: ReadSettings = {
      format: current.format,
      encoding: current.encoding,
      delimiter: current.delimiter,
      sheet: current.sheet,
    };
    const chosen = this.chosenSettings(input);
    const reread =
      (chosen.encoding && chosen.encoding !== settings.encoding) ||
      (chosen.delimiter && chosen.delimiter !== settings.delimiter) ||
      (chosen.sheet && chosen.sheet !== settings.sheet);
    if (reread) {
      const source = await this.source(workspaceId, current.file_id, ['input', 'id']);
      if (chosen.sheet && !current.sheets.includes(chosen.sheet))
        throw badField(['input', 'sheet'], 'IMPORT_SHEET_UNKNOWN', { sheet: chosen.sheet });
      const opened = await fileRefusals(['input', 'id'], () =>
        openTable(source, { ...settings, ...chosen }, SAMPLES),
      );
      settings = opened.settings;
      const previous = new Map(current.columns.map((c) => [c.header, c.target]));
      const targets = await this.targets(workspaceId, current.kind);
      const suggested = suggestTargets(opened.header, targets);
      columns = columnsOf(
        opened.header,
        opened.firstRows,
        opened.header.map((h, i) => (previous.has(h) ? (previous.get(h) ?? null) : (suggested[i] ?? null))),
      );
    }
    if (input.templateId) {
      const template = await this.template(workspaceId, input.templateId);
      const byHeader = new Map(template.columns.map((c) => [c.header.toLowerCase(), c.target]));
      columns = columns.map((c) => ({ ...c, target: byHeader.get(c.header.toLowerCase()) ?? null }));
    }
    if (input.columns) {
      const byIndex = new Map(columns.map((c) => [c.index, c]));
      input.columns.forEach((c, i) => {
        const column = byIndex.get(c.index);
        if (!column)
          throw badField(['input', 'columns', i, 'index'], 'IMPORT_COLUMN_UNKNOWN', { index: c.index });
        column.target = c.target ?? null;
      });
      columns = [...byIndex.values()];
    }
    await this.checkTargets(workspaceId, current.kind, columns);
    const [row] = await this.sql.query<ImportRecord>(
      `update import set columns = ?::jsonb, encoding = ?, delimiter = ?, sheet = ?,
         mode = coalesce(?, mode), match_on = coalesce(?, match_on), apply_earning_rules = coalesce(?, apply_earning_rules),
         attach_duplicates = coalesce(?, attach_duplicates)
       where workspace_id = ? and id = ? and state = 'MAPPING' returning *`,
      [
        JSON.stringify(columns),
        settings.encoding,
        settings.delimiter,
        settings.sheet,
        input.mode ?? null,
        input.matchOn ?? null,
        input.applyEarningRules ?? null,
        input.attachDuplicates ?? null,
        workspaceId,
        current.id,
      ],
    );
    if (!row) throw refusal('IMPORT_NOT_CONFIGURABLE');
    return row;
  }

  /** The first rows as they would be stored, each with its outcome against today's customers. */
  async preview(
    workspaceId: string,
    id: string,
    first: number,
  ): Promise<{ rows: PreviewRow[]; counts: ImportCounts; outOfDateOrder: boolean }> {
    const current = await this.get(workspaceId, id);
    const source = await this.source(workspaceId, current.file_id, ['id']);
    const definitions = await this.attributes.definitions(workspaceId);
    const mapping = {
      columns: current.columns,
      definitions: new Map(definitions.map((d) => [d.key, d])),
      defaultCountry: await this.phoneCountry(workspaceId),
      formats: this.attributes.formats,
    };
    const mapped: MappedRow[] = [];
    let header = true;
    const want = Math.min(Math.max(first, 1), MAX_PREVIEW);
    await fileRefusals(['id'], async () => {
      for await (const row of readRows(source, current)) {
        if (header) {
          header = false;
          continue;
        }
        mapped.push(mapRow(row, mapping));
        if (mapped.length >= want) break;
      }
    });
    if (current.kind === 'PURCHASES' || current.kind === 'OPERATIONS') {
      const { rows, outOfDateOrder } =
        current.kind === 'PURCHASES'
          ? {
              rows: await previewPurchases(this.sql.query, current, mapped, mapping, this.branches),
              outOfDateOrder: false,
            }
          : await previewOperations(this.sql.query, current, mapped, {
              ...mapping,
              currencies: await this.currencies.list(workspaceId),
            });
      const counts = { ...NO_COUNTS, rows: rows.length };
      for (const r of rows) countOutcome(counts, r.outcome);
      return { rows, counts, outOfDateOrder };
    }
    const tagIds = await this.tagIds(workspaceId);
    const classified = await classify(this.sql.query, mapped, {
      workspaceId,
      mode: current.mode,
      matchOn: current.match_on,
      attachDuplicates: current.attach_duplicates,
      definitions,
      tagIds,
      balanceKey: balanceKeyOf(current.content_hash),
      lock: false,
      consentStates: (run, ids) => this.consents.statesWithin(run, workspaceId, ids),
    });
    const counts = { ...NO_COUNTS, rows: classified.length };
    for (const c of classified) countOutcome(counts, c.outcome);
    return {
      rows: classified.map((c) => ({
        line: c.row.line,
        outcome: c.outcome,
        problem: c.problem,
        cells: c.row.cells,
      })),
      counts,
      outOfDateOrder: false,
    };
  }

  /**
   * `permissions`: the starter's; purchase history also needs the right to record and return
   * purchases, ledger history the right to adjust balances by hand.
   */
  async start(workspaceId: string, id: string, permissions: ReadonlySet<string>): Promise<ImportRecord> {
    const current = await this.get(workspaceId, id);
    const missing = (KIND_PERMISSIONS[current.kind] ?? []).filter((p) => !permissions.has(p));
    if (missing.length > 0) throw refusal('FORBIDDEN', { permissions: missing.join(', ') });
    if (!['MAPPING', 'CANCELLED', 'FAILED'].includes(current.state))
      throw refusal('IMPORT_NOT_STARTABLE', { state: current.state });
    await this.checkTargets(workspaceId, current.kind, current.columns);
    // Purchase and operation rows name their customer in the `customer` column, read by matchOn.
    const matchKey = current.kind === 'CUSTOMERS' ? MATCH_KEY[current.match_on] : 'customer';
    if (!current.columns.some((c) => c.target === matchKey))
      throw refusal('IMPORT_MATCH_COLUMN_MISSING', { target: matchKey });
    const [row] = await this.sql.query<ImportRecord>(
      `update import set state = 'QUEUED', problem = null, started_at = coalesce(started_at, now()), finished_at = null
        where workspace_id = ? and id = ? and state in ('MAPPING','CANCELLED','FAILED') returning *`,
      [workspaceId, id],
    );
    if (!row) throw refusal('IMPORT_NOT_STARTABLE', { state: current.state });
    this.kick(workspaceId);
    return row;
  }

  /** Stops the run between two chunks: the chunks applied stay, a later start finishes the rest. */
  async cancel(workspaceId: string, id: string): Promise<ImportRecord> {
    const current = await this.get(workspaceId, id);
    const [row] = await this.sql.query<ImportRecord>(
      `update import set state = 'CANCELLED', finished_at = now()
        where workspace_id = ? and id = ? and state in ('MAPPING','QUEUED','RUNNING') returning *`,
      [workspaceId, id],
    );
    if (!row) throw refusal('IMPORT_NOT_CANCELLABLE', { state: current.state });
    return row;
  }

  /**
   * The workspace's run was cancelled on the Jobs screen: its running import is cancelled as by its own
   * cancel (the chunks applied stay; a later start finishes the rest), so no later run takes it up.
   */
  async cancelRunning(workspaceId: string): Promise<void> {
    await this.sql.query(
      `update import set state = 'CANCELLED', finished_at = now() where workspace_id = ? and state = 'RUNNING'`,
      [workspaceId],
    );
  }

  async get(workspaceId: string, id: string): Promise<ImportRecord> {
    const [row] = isUuid(id)
      ? await this.sql.query<ImportRecord>('select * from import where workspace_id = ? and id = ?', [
          workspaceId,
          id,
        ])
      : [];
    if (!row) throw refusal('IMPORT_NOT_FOUND');
    return row;
  }

  /** Newest first, keyset on (created_at, id). */
  async page(
    workspaceId: string,
    first: number,
    after: { at: string; id: string } | null,
  ): Promise<ImportRecord[]> {
    return this.sql.query<ImportRecord>(
      `select * from import where workspace_id = ?
         and (?::timestamptz is null or (created_at, id) < (?::timestamptz, ?::uuid))
       order by created_at desc, id desc limit ?`,
      [
        workspaceId,
        after?.at ?? null,
        after?.at ?? null,
        after?.id ?? null,
        Math.min(Math.max(first, 1), 100) + 1,
      ],
    );
  }

  async templates(workspaceId: string, kind: ImportKind): Promise<ImportTemplateRecord[]> {
    return this.sql.query<ImportTemplateRecord>(
      'select id, name, kind, columns from import_template where workspace_id = ? and kind = ? order by name',
      [workspaceId, kind],
    );
  }

  async saveTemplate(workspaceId: string, importId: string, name: string): Promise<ImportTemplateRecord> {
    const current = await this.get(workspaceId, importId);
    const clean = name.trim();
    if (!clean) throw badField(['input', 'name'], 'IMPORT_TEMPLATE_NAME_REQUIRED');
    if (clean.length > 80) throw badField(['input', 'name'], 'TOO_LONG', { max: 80 });
    const columns = current.columns.map((c) => ({ header: c.header, target: c.target }));
    const [row] = await this.sql.query<ImportTemplateRecord>(
      `insert into import_template (workspace_id, kind, name, columns) values (?, ?, ?, ?::jsonb)
       on conflict (workspace_id, kind, name) do nothing returning id, name, kind, columns`,
      [workspaceId, current.kind, clean, JSON.stringify(columns)],
    );
    if (!row) throw badField(['input', 'name'], 'IMPORT_TEMPLATE_NAME_TAKEN', { name: clean });
    return row;
  }

  async deleteTemplate(workspaceId: string, id: string): Promise<string> {
    const rows = isUuid(id)
      ? await this.sql.query('delete from import_template where workspace_id = ? and id = ? returning id', [
          workspaceId,
          id,
        ])
      : [];
    if (rows.length === 0) throw refusal('IMPORT_TEMPLATE_NOT_FOUND');
    return id;
  }

  private async template(workspaceId: string, id: string): Promise<ImportTemplateRecord> {
    const [row] = isUuid(id)
      ? await this.sql.query<ImportTemplateRecord>(
          'select id, name, kind, columns from import_template where workspace_id = ? and id = ?',
          [workspaceId, id],
        )
      : [];
    if (!row) throw badField(['input', 'templateId'], 'IMPORT_TEMPLATE_NOT_FOUND');
    return row;
  }

  async tagIds(workspaceId: string): Promise<Map<string, string>> {
    const rows = await this.sql.query<{ id: string; name: string }>(
      'select id, name from tag where workspace_id = ?',
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
  }

  private async checkTargets(workspaceId: string, kind: ImportKind, columns: StoredColumn[]): Promise<void> {
    const known = new Set((await this.targets(workspaceId, kind)).map((t) => t.key));
    const used = new Set<string>();
    columns.forEach((c, i) => {
      if (c.target === null) return;
      if (!known.has(c.target))
        throw badField(['input', 'columns', i, 'target'], 'IMPORT_TARGET_UNKNOWN', { target: c.target });
      if (used.has(c.target))
        throw badField(['input', 'columns', i, 'target'], 'IMPORT_TARGET_TWICE', { target: c.target });
      used.add(c.target);
    });
  }

  private chosenSettings(input: {
    encoding?: string | null;
    delimiter?: string | null;
    sheet?: string | null;
  }) {
    const chosen: Partial<ReadSettings> = {};
    if (input.encoding) {
      if (!isEncoding(input.encoding))
        throw badField(['input', 'encoding'], 'IMPORT_ENCODING_UNKNOWN', { encoding: input.encoding });
      chosen.encoding = input.encoding.toLowerCase() as Encoding;
    }
    if (input.delimiter) {
      const d = input.delimiter === '\\t' || input.delimiter.toLowerCase() === 'tab' ? '\t' : input.delimiter;
      if (!(DELIMITERS as readonly string[]).includes(d))
        throw badField(['input', 'delimiter'], 'IMPORT_DELIMITER_UNKNOWN');
      chosen.delimiter = d;
    }
    if (input.sheet) chosen.sheet = input.sheet;
    return chosen;
  }
}

/**
 * What a history import writes, its starter may write by hand: purchases and returns, or (ledger
 * history) balance adjustments.
 */
const KIND_PERMISSIONS: Partial<Record<ImportKind, string[]>> = {
  PURCHASES: ['purchases.record', 'purchases.return'],
  OPERATIONS: [LP.adjust],
};

export function countOutcome(counts: ImportCounts, outcome: Outcome): void {
  if (outcome === 'NEW') counts.created++;
  else if (outcome === 'UPDATE') counts.updated++;
  else if (outcome === 'ATTACH') counts.attached++;
  else if (outcome === 'SKIP') counts.skipped++;
  else counts.invalid++;
}

/** The key of a row's opening balance: the same file's same line never adds it twice. */
export function balanceKeyOf(contentHash: string) {
  return (line: number, currency: string) => `import:${contentHash}:${line}:${currency}`;
}

function columnsOf(
  header: string[],
  rows: { cells: string[] }[],
  targets: (string | null)[],
): StoredColumn[] {
  return header.map((h, index) => ({
    index,
    header: storable(h),
    target: targets[index] ?? null,
    samples: rows.map((r) => storable(r.cells[index] ?? '')).filter((v) => v !== ''),
  }));
}

function defaultMatchOn(columns: StoredColumn[]): ImportRecord['match_on'] {
  const targets = new Set(columns.map((c) => c.target));
  if (targets.has('mobile')) return 'MOBILE';
  if (targets.has('email')) return 'EMAIL';
  if (targets.has('cardNumber')) return 'CARD_NUMBER';
  if (targets.has('externalId')) return 'EXTERNAL_ID';
  return 'MOBILE';
}

/** A file that cannot be read is a refusal at `path` naming why, never a 500. */
async function fileRefusals<T>(path: (string | number)[], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportFileError) throw badInput([{ path, code: error.code, params: error.params }]);
    throw error;
  }
}
