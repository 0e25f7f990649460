import type { Actor, JobRunControl } from '@patron/sdk';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { runProgress } from '../../jobs/run-progress.js';
import { claimNext, keepAlive, liveWhen, type WorkTable, waitingWhen } from '../../jobs/workspace-claim.js';
import type { AttributeService } from '../attributes/attribute.service.js';
import type { AttributeDefinition } from '../attributes/attribute-definition.entity.js';
import type { ConsentService } from '../consents/consent.service.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import type { CustomerService } from '../customers/customer.service.js';
import type { CustomerNumbering } from '../customers/customer-numbers.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { reasonText } from '../ledger/ledger-reasons.js';
import type { NotificationService } from '../notifications/notification.service.js';
import type { NotificationKinds } from '../notifications/notification-kinds.js';
import type { TagService } from '../tags/tag.service.js';
import { identityValues } from './chunk-overlap.js';
import { type ChunkNumbering, ChunkPipeline } from './chunk-pipeline.js';
import { balanceKeyOf, countOutcome, type ImportService } from './import.service.js';
import { writeAttached } from './import-attach.js';
import { markChunk } from './import-chunk.js';
import { type Classified, classifyForWrite } from './import-classify.js';
import { type ImportCounts, type ImportRecord, importActor, NO_COUNTS } from './import-record.js';
import { writeReport } from './import-report.js';
import { checkFormats, type MappedRow } from './import-rows.js';
import { mappedChunks } from './mapped-chunks.js';
import type { OperationImportRunner } from './operation-import.runner.js';
import {
  forgetOperations,
  operationsByDate,
  pruneStagedOperations,
  stageOperations,
} from './operations-by-date.js';
import type { PurchaseContext, PurchaseImportRunner } from './purchase-import.runner.js';
import { ImportFileError } from './reading/file-error.js';
import type { ImportSource } from './reading/source.js';

/** Rows per transaction: one set-based write each, short enough to keep locks brief. */
export const CHUNK = 1000;
/** Imports waiting or left by a stopped process; one at a time per workspace (they would meet on every customer number). */
const IMPORTS: WorkTable = {
  table: 'import',
  waiting: waitingWhen('state', 'QUEUED', 'RUNNING'),
  live: liveWhen('state', 'RUNNING'),
  set: "state = 'RUNNING', heartbeat_at = now()",
  returning: `t.*, array(select first_line from import_chunk k
                         where k.workspace_id = t.workspace_id and k.import_id = t.id) as done_chunks`,
};
/**
 * The statistics of the columns a chunk's look-ups use, refreshed while an import is a large part of
 * the customer table: each time its new customers reach the table's size when it started (at least a
 * chunk), then twice as many, and so on. Autovacuum analyzes only after a tenth more rows and its
 * nap, so an import into an empty workspace ran on a near-empty table's statistics, and the planner
 * read a chunk's mobiles and card numbers by scanning every customer of the workspace
 * (`value = any(?)` as a filter) instead of probing the unique indexes: each chunk read all the
 * customers imported before it. An import into a large table analyzes nothing; one that would wait
 * for another ANALYZE, VACUUM or index build on the table skips that refresh.
 */
const ANALYZE = 'analyze (skip_locked) customer (workspace_id, deleted_at, mobile, email, card_number)';

/**
 * Applies started imports in the background, CHUNK rows per transaction. Each chunk's rows, their
 * history, their opening balances, its row problems and its done mark (import_chunk) commit
 * together, so a crash or a cancel leaves whole chunks; a new run skips the chunks marked done.
 */
export class ImportRunner {
  constructor(
    private readonly sql: PreparedPool,
    private readonly imports: ImportService,
    private readonly attributes: AttributeService,
    private readonly tags: TagService,
    private readonly ledger: LedgerService,
    private readonly files: {
      store(ws: string, staff: string, name: string, content: Buffer): Promise<{ id: string }>;
    },
    private readonly afterChunk: () => void,
    private readonly notifications: NotificationService,
    /** Rows of purchase-history imports (kind PURCHASES). */
    private readonly purchaseRows: PurchaseImportRunner,
    private readonly consents: ConsentService,
    private readonly customers: CustomerService,
    /** Rows of ledger history imports (kind OPERATIONS). */
    private readonly operationRows: OperationImportRunner,
    private readonly currencies: CurrencyService,
  ) {}

  /**
   * Claims and applies the oldest import waiting (of `workspaceId`, or of any workspace): queued, or
   * running with a heartbeat older than STALE_SECONDS (its process stopped). An import whose workspace
   * has another one running waits: two imports of one workspace would meet on every customer number.
   */
  async runNext(workspaceId?: string, run?: JobRunControl): Promise<boolean> {
    const job = await claimNext<ImportRecord & { done_chunks: number[] }>(this.sql, IMPORTS, workspaceId);
    if (!job) return false;
    const alive = keepAlive(this.sql, IMPORTS, job);
    try {
      await this.run(job, new Set(job.done_chunks), run);
    } catch (error) {
      const problem =
        error instanceof ImportFileError
          ? { code: error.code, params: error.params }
          : { code: 'IMPORT_FAILED', params: {} };
      await this.sql.query(
        `update import set state = 'FAILED', problem = ?::jsonb, finished_at = now() where workspace_id = ? and id = ?`,
        [JSON.stringify(problem), job.workspace_id, job.id],
      );
      this.tell(job, { kind: 'import.failed', params: { fileName: job.file_name } });
      if (!(error instanceof ImportFileError)) throw error;
    } finally {
      alive();
    }
    return true;
  }

  /** Drops the date-ordered rows of runs that ended without dropping them; how many. */
  pruneStaged(): Promise<number> {
    return pruneStagedOperations(this.sql);
  }

  private async run(job: ImportRecord, doneChunks: Set<number>, run?: JobRunControl): Promise<void> {
    const ws = job.workspace_id;
    const source = await this.imports.source(ws, job.file_id, ['id']);
    const definitions = await this.attributes.definitions(ws);
    const mapping = {
      definitions: new Map(definitions.map((d) => [d.key, d])),
      defaultCountry: await this.imports.phoneCountry(ws),
      formats: this.attributes.formats,
    };
    const formatting = { columns: job.columns, ...mapping };
    let total = job.total;
    if (total === null && job.format === 'CSV') {
      // An estimate for the progress bar (line breaks, less the header); the exact count replaces it at the end.
      total = Math.max(0, (await countLineBreaks(source)) - 1);
      await this.sql.query('update import set total = ? where workspace_id = ? and id = ?', [
        total,
        ws,
        job.id,
      ]);
    }
    // The Jobs screen follows the rows too (the import's own bar follows its chunks). An import stops
    // between chunks on its own cancel (cancelImport), on its run's cancel there (which cancels the
    // import too) and when its run is taken from a stopping process (a later run goes on after the
    // chunks applied).
    const progress = runProgress(run);
    const tell = (rows: number, exact = false) => progress(rows, exact ? rows : (total ?? rows), exact);
    const actor = importActor(job);
    const fileChunks = () =>
      mappedChunks(source, {
        settings: { format: job.format, encoding: job.encoding, delimiter: job.delimiter, sheet: job.sheet },
        columns: job.columns,
        definitions: definitions.map(({ key, type, required, choices, format }) => ({
          key,
          type,
          required,
          choices,
          format,
        })),
        defaultCountry: mapping.defaultCountry,
        chunkSize: CHUNK,
      });
    const chunks = await this.pipelineFor(job, actor, doneChunks, definitions, mapping);
    let ordered: AsyncIterable<MappedRow[]> | null = null;
    if (job.kind === 'OPERATIONS') {
      // Ledger history goes oldest first: the file is read once into date order, then applied from there.
      const staged = await stageOperations(this.sql, job, fileChunks(), () => this.goesOn(job));
      if (!staged) return;
      ordered = operationsByDate(this.sql, job, staged.run, CHUNK);
    }
    let rows = 0;
    try {
      // Chunks are written while the next ones are read and mapped on the mapping worker: the file's
      // parsing and the registry's checks run beside the chunks' transactions (chunk-pipeline.ts).
      for await (const mapped of ordered ?? fileChunks()) {
        rows += mapped.length;
        checkFormats(mapped, formatting);
        if (!(await chunks.add(mapped))) return;
        if (!(await tell(rows))) {
          // The chunks under way end whole; none is started after them.
          await chunks.settled();
          return;
        }
      }
    } catch (error) {
      // A file that breaks midway fails the import only once the chunks being written have ended.
      await chunks.settled().catch(() => {});
      throw error;
    }
    if (!(await chunks.settled())) return;
    await tell(rows, true);
    // Rows a process that stopped midway staged go too.
    if (ordered) await forgetOperations(this.sql, job);
    const reportFileId = await writeReport(this.sql, this.files, job);
    const [done] = await this.sql.query<ImportRecord>(
      `update import set state = 'DONE', total = ?, finished_at = now(), report_file_id = ?,
         counts = (select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from (
           select k, sum((c.counts->>k)::int) as v from import_chunk c, jsonb_object_keys(c.counts) k
            where c.workspace_id = import.workspace_id and c.import_id = import.id group by k) t)
       where workspace_id = ? and id = ? and state = 'RUNNING' returning *`,
      [rows, reportFileId, ws, job.id],
    );
    if (done) {
      const counts = done.counts as Partial<Record<'created' | 'updated' | 'invalid', number>>;
      this.tell(job, {
        kind: 'import.finished',
        params: {
          fileName: job.file_name,
          created: counts.created ?? 0,
          updated: counts.updated ?? 0,
          invalid: counts.invalid ?? 0,
        },
      });
    }
  }

  /**
   * How the import's chunks are written: customer chunks through applyChunk, two at once when they
   * allow it; purchase and ledger operation chunks one at a time. A chunk marked done by an earlier run is skipped.
   */
  private async pipelineFor(
    job: ImportRecord,
    actor: Actor,
    doneChunks: Set<number>,
    definitions: AttributeDefinition[],
    mapping: PurchaseContext,
  ): Promise<ChunkPipeline> {
    const goesOn = () => this.goesOn(job);
    const done = (chunk: MappedRow[]) => doneChunks.has(chunk[0]?.line ?? 0);
    if (job.kind === 'PURCHASES')
      return new ChunkPipeline({
        write: async (chunk) => {
          if (!done(chunk)) await this.purchaseRows.applyChunk(job, actor, chunk, mapping);
          return { changedCustomers: false, goesOn: await goesOn() };
        },
      });
    if (job.kind === 'OPERATIONS') {
      const context = { ...mapping, currencies: await this.currencies.list(job.workspace_id) };
      // One chunk after another, each row in date order (operations-by-date.ts): a balance moves as it did then.
      return new ChunkPipeline({
        write: async (chunk) => {
          if (!done(chunk)) {
            await this.operationRows.applyChunk(job, actor, chunk, context);
            // The operations are committed: the outbox hands their BALANCE_CHANGED on.
            this.afterChunk();
          }
          return { changedCustomers: false, goesOn: await goesOn() };
        },
      });
    }
    const [table] = await this.sql.query<{ n: number }>(
      "select greatest(reltuples, 0)::float8 as n from pg_class where oid = 'customer'::regclass",
      [],
    );
    let analyzeAt = Math.max(CHUNK, table?.n ?? 0);
    let created = 0;
    return new ChunkPipeline({
      identityValues,
      write: async (chunk, numbers) => {
        if (done(chunk)) return { changedCustomers: false, goesOn: true };
        const counts = await this.applyChunk(job, actor, definitions, chunk, numbers);
        created += counts.created;
        if (created >= analyzeAt) {
          analyzeAt = created * 2;
          // Outside the chunk's transaction; a role that may not analyze imports on the statistics there are.
          await this.sql.once(ANALYZE, []).catch(() => {});
        }
        return {
          changedCustomers: counts.created + counts.updated + counts.attached > 0,
          goesOn: await goesOn(),
        };
      },
    });
  }

  /** The import is still running: not cancelled (nor taken over and ended by another process). */
  private async goesOn(job: ImportRecord): Promise<boolean> {
    const [state] = await this.sql.query<{ state: string }>(
      'select state from import where workspace_id = ? and id = ?',
      [job.workspace_id, job.id],
    );
    return state?.state === 'RUNNING';
  }

  /** The one place the requester hears that an import ended; the bell opens the import's report. */
  private tell(
    job: ImportRecord,
    notice:
      | { kind: 'import.finished'; params: NotificationKinds['import.finished'] }
      | { kind: 'import.failed'; params: NotificationKinds['import.failed'] },
  ): void {
    this.notifications
      .notify({
        ...notice,
        workspaceId: job.workspace_id,
        staffId: job.requested_by,
        link: `#/imports/${job.id}/show`,
      })
      .catch(() => {});
  }

  private async applyChunk(
    job: ImportRecord,
    actor: Actor,
    definitions: AttributeDefinition[],
    rows: MappedRow[],
    numbers: ChunkNumbering,
  ): Promise<ImportCounts> {
    const ws = job.workspace_id;
    const tagIds = await this.ensureTags(ws, rows);
    // Holding no lock yet: the chunk before takes its numbers (or ends) without waiting for this one.
    const after = await numbers.previous.last();
    const counts = await this.sql.transaction(async (run) => {
      const classified = await classifyForWrite(run, rows, {
        workspaceId: ws,
        mode: job.mode,
        matchOn: job.match_on,
        attachDuplicates: job.attach_duplicates,
        definitions,
        tagIds,
        balanceKey: balanceKeyOf(job.content_hash),
        consentStates: (r, ids) => this.consents.statesWithin(r, ws, ids),
      });
      const counts: ImportCounts = { ...NO_COUNTS, rows: rows.length };
      for (const c of classified) countOutcome(counts, c.outcome);
      // Children attached by this chunk take numbers of their own after its insert: the next chunk then counts.
      if (classified.some((c) => c.outcome === 'ATTACH')) numbers.mine.took(null);
      await this.writeCustomers(run, ws, actor, definitions, classified, tagIds, {
        after,
        took: numbers.mine.took,
      });
      await writeAttached(run, ws, actor, definitions, classified);
      for (const c of classified) {
        if (c.outcome !== 'NEW' && c.outcome !== 'UPDATE') continue;
        for (const b of c.balances) {
          await this.ledger.applyWithin(
            run,
            ws,
            actor,
            {
              customerId: c.existing?.id ?? (c as Classified & { newId: string }).newId,
              currency: b.currency,
              amount: b.amount,
              kind: 'ADJUSTMENT',
              reason: reasonText('IMPORT'),
              idempotencyKey: b.key,
            },
            ['line', c.row.line],
            { existing: true },
          );
        }
      }
      await this.consents.recordWithin(
        run,
        ws,
        actor,
        classified.flatMap((c) =>
          c.outcome === 'NEW' || c.outcome === 'UPDATE'
            ? c.consents.map((k) => ({
                customerId: c.existing?.id ?? (c as Classified & { newId: string }).newId,
                ...k,
              }))
            : [],
        ),
        { capturedVia: 'IMPORT', source: job.file_name },
      );
      const problems = classified
        .filter((c) => c.outcome === 'INVALID' || (c.outcome === 'SKIP' && c.problem))
        .map((c) => ({
          row: c.row,
          column: c.row.problemColumn,
          problem: c.problem ?? { code: 'IMPORT_FAILED' as const, params: {} },
        }));
      await markChunk(run, job, rows, counts, problems);
      return counts;
    });
    this.afterChunk();
    return counts;
  }

  /** Tags named in the chunk that the workspace does not have yet are created (grey) first. */
  private async ensureTags(ws: string, rows: MappedRow[]): Promise<Map<string, string>> {
    let known = await this.imports.tagIds(ws);
    const missing = new Map<string, string>();
    for (const r of rows)
      for (const t of r.tags) if (!known.has(t.toLowerCase())) missing.set(t.toLowerCase(), t);
    if (missing.size === 0) return known;
    for (const name of missing.values()) {
      try {
        await this.tags.create(ws, { name: name.slice(0, 60), color: '#9e9e9e' });
      } catch {
        // Another chunk or person created it meanwhile: it is read below.
      }
    }
    known = await this.imports.tagIds(ws);
    return known;
  }

  /** New and changed customers through the customers service's bulk write (the one way customers change). */
  private async writeCustomers(
    run: Run,
    ws: string,
    actor: Actor,
    definitions: AttributeDefinition[],
    classified: Classified[],
    tagIds: Map<string, string>,
    numbering: CustomerNumbering,
  ): Promise<void> {
    const written = classified.filter((c) => c.outcome === 'NEW' || (c.outcome === 'UPDATE' && c.existing));
    if (written.length === 0) return numbering.took(null);
    const ids = await this.customers.writeManyWithin(
      run,
      ws,
      actor,
      definitions,
      written.map((c) => ({
        values: c.values,
        changes: c.changes,
        tags: c.tagIds,
        existing:
          c.outcome === 'UPDATE' && c.existing ? { id: c.existing.id, tags: c.existing.tags } : undefined,
      })),
      new Map([...tagIds].map(([name, id]) => [id, name])),
      numbering,
    );
    written.forEach((c, i) => {
      const id = ids[i];
      if (c.outcome === 'NEW' && id) (c as Classified & { newId: string }).newId = id;
    });
  }
}

/** LF bytes of the file (a line break in UTF-8, the code pages and both UTF-16s alike); CR alone when there is no LF. */
async function countLineBreaks(source: ImportSource): Promise<number> {
  let lf = 0;
  let cr = 0;
  let last = 0;
  for await (const piece of source.open() as AsyncIterable<Buffer>) {
    for (let at = piece.indexOf(0x0a); at >= 0; at = piece.indexOf(0x0a, at + 1)) lf++;
    if (lf === 0) for (let at = piece.indexOf(0x0d); at >= 0; at = piece.indexOf(0x0d, at + 1)) cr++;
    last = piece.at(-1) ?? last;
  }
  const breaks = lf > 0 ? lf : cr;
  // A last line without its line break is a row too.
  return last === 0x0a || last === 0x0d || (last === 0 && breaks > 0) ? breaks : breaks + 1;
}
