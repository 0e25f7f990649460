import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { JSONScalar } from '../../graphql/json.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { type FilterGroupInput, toApiFilter } from '../customer-search/filter-input.js';
import type { Automation } from './automation.service.js';
import {
  AutomationInput,
  AutomationRunConnection,
  AutomationRunState,
  AutomationTemplateType,
  AutomationType,
} from './automation.types.js';
import { AUTOMATIONS } from './automation-permissions.js';

const MAX_PAGE = 100;
/** One count query per request, whatever the number of automations listed. */
const runCounts = new WeakMap<object, Promise<Map<string, number>>>();
/** One read of the workspace's template names per request. */
const templateNames = new WeakMap<object, Promise<Map<string, string>>>();

@Resolver(() => AutomationType)
export class AutomationResolver {
  @Allow(AUTOMATIONS.read)
  @Query(() => [AutomationType], { description: "The workspace's automations, by name." })
  automations(@Ctx() ctx: AppContext): Promise<Automation[]> {
    return ctx.services.automations.list(ctx.workspaceId());
  }

  @Allow(AUTOMATIONS.read)
  @Query(() => AutomationType)
  automation(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Automation> {
    return ctx.services.automations.get(ctx.workspaceId(), id);
  }

  @Allow(AUTOMATIONS.read)
  @Query(() => AutomationRunConnection, { description: "An automation's run log, newest first." })
  async automationRuns(
    @Ctx() ctx: AppContext,
    @Arg('automationId', () => ID) automationId: string,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('state', () => AutomationRunState, { nullable: true }) state: AutomationRunState | null,
  ): Promise<AutomationRunConnection> {
    if (first < 1 || first > MAX_PAGE) throw badField(['first'], 'PAGE_SIZE', { max: MAX_PAGE });
    if (after && !/^\d{1,18}$/.test(after)) throw badField(['after'], 'CURSOR_INVALID');
    const page = await ctx.services.automations.runs(ctx.workspaceId(), automationId, {
      first,
      after,
      state,
    });
    const edges = page.runs.map((run) => ({
      cursor: run.id,
      node: { ...run, state: run.state as AutomationRunState, outcomes: run.outcomes },
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(AUTOMATIONS.manage)
  @Mutation(() => AutomationType)
  createAutomation(@Ctx() ctx: AppContext, @Arg('input') input: AutomationInput): Promise<Automation> {
    return ctx.services.automations.create(ctx.workspaceId(), ctx.actor(), input);
  }

  @Allow(AUTOMATIONS.manage)
  @Mutation(() => AutomationType, {
    description: 'Replaces the automation; its run log stays, and occurrences already run are not run again.',
  })
  updateAutomation(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AutomationInput,
  ): Promise<Automation> {
    return ctx.services.automations.update(ctx.workspaceId(), ctx.actor(), id, input);
  }

  @Allow(AUTOMATIONS.manage)
  @Mutation(() => AutomationType, {
    description: 'A paused automation does nothing; resumed, it starts from now.',
  })
  setAutomationPaused(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('paused') paused: boolean,
  ): Promise<Automation> {
    return ctx.services.automations.setPaused(ctx.workspaceId(), ctx.actor(), id, paused);
  }

  @Allow(AUTOMATIONS.manage)
  @Mutation(() => ID, {
    description:
      'Stops the automation and removes it from the list; its run log is kept (what was granted to whom).',
  })
  deleteAutomation(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.automations.delete(ctx.workspaceId(), ctx.actor(), id);
  }

  @FieldResolver(() => JSONScalar, {
    nullable: true,
    description: 'The condition, in the CustomerFilter input shape.',
  })
  condition(@Root() automation: Automation): unknown {
    return automation.condition ? toApiFilter(automation.condition as FilterGroupInput) : null;
  }

  @FieldResolver(() => [AutomationTemplateType], {
    description:
      'The message templates its actions send, by id and name: whoever reads automations reads their names.',
  })
  async templates(@Ctx() ctx: AppContext, @Root() automation: Automation): Promise<AutomationTemplateType[]> {
    const ids = automation.actions
      .map((a) => (a.params as Record<string, unknown> | null)?.templateId)
      .filter((id): id is string => typeof id === 'string');
    if (ids.length === 0) return [];
    let names = templateNames.get(ctx);
    if (!names) {
      names = ctx.services.messageTemplates
        .list(ctx.workspaceId(), null)
        .then((all) => new Map(all.map((t) => [t.id, t.name])));
      templateNames.set(ctx, names);
    }
    const byId = await names;
    return [...new Set(ids)].flatMap((id) => (byId.has(id) ? [{ id, name: byId.get(id) as string }] : []));
  }

  @FieldResolver(() => Int, { description: 'Runs in the last 30 days.' })
  async recentRuns(@Ctx() ctx: AppContext, @Root() automation: Automation): Promise<number> {
    let counts = runCounts.get(ctx);
    if (!counts) {
      counts = ctx.services.automations.recentRunCounts(ctx.workspaceId());
      runCounts.set(ctx, counts);
    }
    return (await counts).get(automation.id) ?? 0;
  }
}
