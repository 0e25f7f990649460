import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import type { ProblemType } from '../../graphql/problem.types.js';
import { personOf } from '../api-keys/person-only.js';
import type { Calendar } from './dates.js';
import type { ExportRow, Requester } from './export.service.js';
import {
  CustomerExport,
  CustomerExportInput,
  type ExportFormatEnum,
  type ExportStateEnum,
} from './export.types.js';
import type { Locale } from './export-columns.js';
import { EXPORT_PERMISSION } from './export-permissions.js';

export const downloadPath = (id: string) => `/exports/${id}/download`;

function toExport(row: ExportRow): CustomerExport {
  const live = row.state === 'DONE' && row.expires_at && new Date(row.expires_at).getTime() > Date.now();
  return {
    id: row.id,
    state: row.state as ExportStateEnum,
    format: row.format as ExportFormatEnum,
    columns: row.columns,
    total: row.total,
    done: row.done,
    problem: row.problem as ProblemType | null,
    fileName: row.file_name,
    fileSize: row.file_size == null ? null : Number(row.file_size),
    downloadPath: live ? downloadPath(row.id) : null,
    expiresAt: row.expires_at,
    requestedBy: row.requested_by_name,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

function requesterOf(ctx: AppContext): Requester {
  // The file belongs to a person (only they download it); partner apps read customers page by page.
  const staff = personOf(ctx);
  return {
    workspaceId: ctx.workspaceId(),
    staffId: staff.id,
    name: staff.name,
    role: staff.role,
    permissions: ctx.principal?.permissions ?? new Set(),
    locale: staff.locale as Locale,
    calendar: staff.calendar as Calendar,
  };
}

@Resolver()
export class ExportResolver {
  @Allow(EXPORT_PERMISSION)
  @Mutation(() => CustomerExport, {
    description:
      'Exports customers to CSV or XLSX in the background; poll customerExport(id) for progress, then download from downloadPath.',
  })
  async startCustomerExport(
    @Ctx() ctx: AppContext,
    @Arg('input') input: CustomerExportInput,
  ): Promise<CustomerExport> {
    return toExport(await ctx.services.exports.start(requesterOf(ctx), input));
  }

  @Allow(EXPORT_PERMISSION)
  @Query(() => CustomerExport, { description: 'One of your exports.' })
  async customerExport(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<CustomerExport> {
    const me = requesterOf(ctx);
    return toExport(await ctx.services.exports.get(me.workspaceId, me.staffId, id));
  }

  @Allow(EXPORT_PERMISSION)
  @Query(() => [CustomerExport], { description: 'Your most recent exports, newest first.' })
  async customerExports(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<CustomerExport[]> {
    const me = requesterOf(ctx);
    return (await ctx.services.exports.recent(me.workspaceId, me.staffId, first)).map(toExport);
  }

  @Allow(EXPORT_PERMISSION)
  @Mutation(() => CustomerExport, { description: 'Stops one of your exports; no file is kept.' })
  async cancelCustomerExport(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<CustomerExport> {
    const me = requesterOf(ctx);
    return toExport(await ctx.services.exports.cancel(me.workspaceId, me.staffId, id));
  }
}
