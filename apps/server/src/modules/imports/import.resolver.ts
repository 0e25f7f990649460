import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { refusal } from '../../graphql/errors.js';
import { decodeCursor, encodeCursor } from '../../graphql/page-info.js';
import { personOf } from '../api-keys/person-only.js';
import {
  ConfigureImportInput,
  Import,
  ImportConnection,
  ImportKindEnum,
  ImportPreview,
  ImportTargetType,
  ImportTemplate,
  OpenImportInput,
  SaveImportTemplateInput,
} from './import.types.js';
import { IMPORT_PERMISSION } from './import-permissions.js';
import type { ImportRecord } from './import-record.js';

export function toImport(row: ImportRecord): Import {
  return {
    id: row.id,
    kind: row.kind as ImportKindEnum,
    state: row.state as Import['state'],
    fileName: row.file_name,
    format: row.format as Import['format'],
    encoding: row.encoding,
    delimiter: row.delimiter,
    sheets: row.sheets,
    sheet: row.sheet,
    columns: row.columns,
    mode: row.mode as Import['mode'],
    matchOn: row.match_on as Import['matchOn'],
    applyEarningRules: row.apply_earning_rules,
    attachDuplicates: row.attach_duplicates,
    counts: row.counts,
    progress: { done: row.done, total: row.total },
    problem: row.problem,
    reportFileId: row.report_file_id,
    createdAt: new Date(row.created_at),
    startedAt: row.started_at ? new Date(row.started_at) : null,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
  };
}

@Resolver()
export class ImportResolver {
  @Allow(IMPORT_PERMISSION)
  @Query(() => [ImportTargetType], {
    description: 'What columns can be imported into, for a kind of import.',
  })
  async importTargets(
    @Ctx() ctx: AppContext,
    @Arg('kind', () => ImportKindEnum) kind: ImportKindEnum,
  ): Promise<ImportTargetType[]> {
    return (await ctx.services.imports.targets(ctx.workspaceId(), kind)).map(
      ({ key, label, kind, group }) => ({
        key,
        label,
        kind,
        group,
      }),
    );
  }

  @Allow(IMPORT_PERMISSION)
  @Mutation(() => Import, {
    description:
      'Opens an uploaded file (POST /files): detects format, encoding, delimiter and sheets, reads the header and suggests a target per column by its header in en/ru/fa. The import starts in MAPPING.',
  })
  async openImport(@Ctx() ctx: AppContext, @Arg('input') input: OpenImportInput): Promise<Import> {
    // An import names the person who started it: its rows land in customers' history under their name.
    personOf(ctx);
    return toImport(await ctx.services.imports.open(ctx.workspaceId(), ctx.actor(), input));
  }

  @Allow(IMPORT_PERMISSION)
  @Mutation(() => Import, {
    description: 'Changes how the file is read and mapped, while the import is in MAPPING.',
  })
  async configureImport(@Ctx() ctx: AppContext, @Arg('input') input: ConfigureImportInput): Promise<Import> {
    return toImport(await ctx.services.imports.configure(ctx.workspaceId(), input));
  }

  @Allow(IMPORT_PERMISSION)
  @Query(() => ImportPreview, {
    description: 'The first rows as they would be stored, each with its outcome.',
  })
  async importPreview(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<ImportPreview> {
    return (await ctx.services.imports.preview(ctx.workspaceId(), id, first)) as ImportPreview;
  }

  @Allow(IMPORT_PERMISSION)
  @Mutation(() => Import, {
    description: 'Applies the import in the background; poll import(id) for progress.',
  })
  async startImport(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Import> {
    personOf(ctx);
    return toImport(
      await ctx.services.imports.start(ctx.workspaceId(), id, ctx.principal?.permissions ?? new Set()),
    );
  }

  @Allow(IMPORT_PERMISSION)
  @Mutation(() => Import, {
    description: 'Stops between two chunks; the chunks applied stay and a new start finishes the rest.',
  })
  async cancelImport(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Import> {
    return toImport(await ctx.services.imports.cancel(ctx.workspaceId(), id));
  }

  @Allow(IMPORT_PERMISSION)
  @Query(() => Import, { nullable: true })
  async import(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Import | null> {
    return toImport(await ctx.services.imports.get(ctx.workspaceId(), id));
  }

  @Allow(IMPORT_PERMISSION)
  @Query(() => ImportConnection, { description: "The workspace's imports, newest first." })
  async imports(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ImportConnection> {
    let position: { at: string; id: string } | null = null;
    if (after) {
      const decoded = decodeCursor(after) as { at?: unknown; id?: unknown } | undefined;
      if (typeof decoded?.at !== 'string' || typeof decoded.id !== 'string') throw refusal('CURSOR_INVALID');
      position = { at: decoded.at, id: decoded.id };
    }
    const size = Math.min(Math.max(first, 1), 100);
    const rows = await ctx.services.imports.page(ctx.workspaceId(), size, position);
    const page = rows.slice(0, size);
    const edges = page.map((row) => ({
      cursor: encodeCursor({ at: new Date(row.created_at).toISOString(), id: row.id }),
      node: toImport(row),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Allow(IMPORT_PERMISSION)
  @Query(() => [ImportTemplate])
  async importTemplates(
    @Ctx() ctx: AppContext,
    @Arg('kind', () => ImportKindEnum) kind: ImportKindEnum,
  ): Promise<ImportTemplate[]> {
    return (await ctx.services.imports.templates(ctx.workspaceId(), kind)) as ImportTemplate[];
  }

  @Allow(IMPORT_PERMISSION)
  @Mutation(() => ImportTemplate, { description: "Saves the import's column mapping under a name." })
  async saveImportTemplate(
    @Ctx() ctx: AppContext,
    @Arg('input') input: SaveImportTemplateInput,
  ): Promise<ImportTemplate> {
    return (await ctx.services.imports.saveTemplate(
      ctx.workspaceId(),
      input.importId,
      input.name,
    )) as ImportTemplate;
  }

  @Allow(IMPORT_PERMISSION)
  @Mutation(() => ID)
  async deleteImportTemplate(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.imports.deleteTemplate(ctx.workspaceId(), id);
  }
}
