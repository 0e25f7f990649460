import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { refusal } from '../../graphql/errors.js';
import { personOf } from '../api-keys/person-only.js';
import { P } from '../auth/core-permissions.js';
import { viewerOf } from '../customer-search/customer-search.resolver.js';
import type { BulkJobRow } from './bulk-action.js';
import { BulkActionInput, BulkJob, CustomerSelection } from './bulk-job.types.js';

function toBulkJob(row: BulkJobRow): BulkJob {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    total: row.total,
    processed: row.processed,
    failed: row.failed,
    problems: row.problems,
    startedBy: row.started_by,
    createdAt: new Date(row.created_at),
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
  };
}

@Resolver()
export class BulkJobResolver {
  @Allow(P.customersWrite)
  @Mutation(() => BulkJob, {
    description:
      "Runs in the background; poll bulkJob(id) for progress. Every change lands in each customer's history. DELETE also needs customers.delete.",
  })
  async startBulkAction(
    @Ctx() ctx: AppContext,
    @Arg('selection') selection: CustomerSelection,
    @Arg('action') action: BulkActionInput,
  ): Promise<BulkJob> {
    // A job names the person who started it (its history actor): partner apps change customers one by one.
    personOf(ctx);
    if (action.kind === 'DELETE' && !ctx.principal?.permissions.has(P.customersDelete))
      throw refusal('BULK_DELETE_FORBIDDEN', { permission: 'customers.delete' });
    return toBulkJob(await ctx.services.bulkActions.start(viewerOf(ctx), ctx.actor(), selection, action));
  }

  @Allow(P.customersRead)
  @Query(() => BulkJob)
  async bulkJob(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<BulkJob> {
    return toBulkJob(await ctx.services.bulkActions.get(ctx.workspaceId(), id));
  }

  @Allow(P.customersRead)
  @Query(() => [BulkJob], { description: "The workspace's most recent bulk jobs, newest first." })
  async bulkJobs(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<BulkJob[]> {
    return (await ctx.services.bulkActions.recent(ctx.workspaceId(), first)).map(toBulkJob);
  }
}
