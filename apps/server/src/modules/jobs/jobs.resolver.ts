import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField, refusal } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { JP } from './job-permissions.js';
import type { JobRun } from './job-runs.service.js';
import { JobRunConnection, JobRunStateEnum, JobRunType } from './jobs.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toType(run: JobRun): JobRunType {
  const own = run.workspaceId !== null;
  return {
    ...run,
    state: run.state as JobRunStateEnum,
    ownWorkspace: own,
    canCancel: own && ['WAITING', 'RETRYING', 'RUNNING'].includes(run.state),
    canRetry: own && ['FAILED', 'CANCELLED'].includes(run.state),
  };
}

@Resolver()
export class JobsResolver {
  @Allow(JP.read)
  @Query(() => JobRunConnection, {
    description:
      'Recent runs of background jobs: the workspace’s own and those serving every workspace; newest first.',
  })
  async jobs(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('state', () => JobRunStateEnum, { nullable: true }) state: JobRunStateEnum | null,
  ): Promise<JobRunConnection> {
    if (first < 1 || first > 200) throw badField(['first'], 'PAGE_SIZE', { max: 200 });
    if (after != null && !UUID.test(after)) throw badField(['after'], 'CURSOR_INVALID');
    const page = await ctx.services.jobRuns.page(ctx.workspaceId(), { first, after, state });
    const edges = page.runs.map((run) => ({ cursor: run.id, node: toType(run) }));
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(JP.manage)
  @Mutation(() => JobRunType, {
    description:
      'Cancels a waiting or running run of the workspace; a running one stops after its current step.',
  })
  async cancelJob(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<JobRunType> {
    if (!UUID.test(id)) throw refusal('JOB_RUN_NOT_FOUND');
    return toType(await ctx.services.jobRuns.cancel(ctx.workspaceId(), ctx.actor(), id));
  }

  @Allow(JP.manage)
  @Mutation(() => JobRunType, {
    description: 'Runs a failed or cancelled run of the workspace again (one more attempt).',
  })
  async retryJob(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<JobRunType> {
    if (!UUID.test(id)) throw refusal('JOB_RUN_NOT_FOUND');
    return toType(await ctx.services.jobRuns.retry(ctx.workspaceId(), ctx.actor(), id));
  }
}
