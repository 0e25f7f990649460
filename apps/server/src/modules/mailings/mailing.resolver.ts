import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { viewerOf } from '../customer-search/customer-search.resolver.js';
import type { Mailing } from './mailing.js';
import type { Author } from './mailing.service.js';
import {
  MailingAudienceCountType,
  MailingAudienceInput,
  MailingInput,
  MailingPageType,
  MailingReportType,
  MailingType,
} from './mailing.types.js';
import { MAILINGS_MANAGE, MAILINGS_READ } from './mailing-permissions.js';

const MAX_PAGE = 100;

function authorOf(ctx: AppContext): Author {
  const actor = ctx.actor();
  return { staffId: ctx.staff?.id ?? null, name: actor.name };
}

async function toType(ctx: AppContext, m: Mailing): Promise<MailingType> {
  const local = await ctx.services.mailings.localSchedule(ctx.workspaceId(), m.scheduledAt);
  return { ...m, ...local };
}

@Resolver(() => MailingType)
export class MailingResolver {
  @Allow(MAILINGS_READ)
  @Query(() => MailingPageType, { description: 'Mailings, newest first.' })
  async mailings(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<MailingPageType> {
    if (first < 1 || first > MAX_PAGE) throw badField(['first'], 'PAGE_SIZE', { max: MAX_PAGE });
    if (offset < 0) throw badField(['offset'], 'NOT_NEGATIVE');
    const page = await ctx.services.mailings.list(ctx.workspaceId(), { first, offset });
    return {
      nodes: await Promise.all(page.mailings.map((m) => toType(ctx, m))),
      totalCount: page.totalCount,
    };
  }

  @Allow(MAILINGS_READ)
  @Query(() => MailingType)
  async mailing(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<MailingType> {
    return toType(ctx, await ctx.services.mailings.get(ctx.workspaceId(), id));
  }

  @Allow(MAILINGS_READ)
  @Query(() => MailingAudienceCountType, {
    description: 'Counts an audience live: everyone it selects, who would be reached, the others by reason.',
  })
  mailingAudience(
    @Ctx() ctx: AppContext,
    @Arg('channel') channel: string,
    @Arg('audience', () => MailingAudienceInput) audience: MailingAudienceInput,
  ): Promise<MailingAudienceCountType> {
    return ctx.services.mailings.audience(viewerOf(ctx), channel, audience);
  }

  @Allow(MAILINGS_READ)
  @Query(() => MailingReportType, {
    description: 'Messages by state, failures and skips by reason, and purchases attributed to the mailing.',
  })
  async mailingReport(@Ctx() ctx: AppContext, @Arg('mailingId', () => ID) mailingId: string) {
    const report = await ctx.services.mailingReports.report(ctx.workspaceId(), mailingId);
    return { ...report, attributed: { ...report.attributed, revenue: Number(report.attributed.revenue) } };
  }

  @Allow(MAILINGS_MANAGE)
  @Mutation(() => MailingType, { description: 'A draft; nothing is sent until it is started.' })
  async createMailing(@Ctx() ctx: AppContext, @Arg('input') input: MailingInput): Promise<MailingType> {
    const m = await ctx.services.mailings.create(viewerOf(ctx), ctx.actor(), authorOf(ctx), input);
    return toType(ctx, m);
  }

  @Allow(MAILINGS_MANAGE)
  @Mutation(() => MailingType, { description: 'Only a draft changes.' })
  async updateMailing(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: MailingInput,
  ): Promise<MailingType> {
    return toType(ctx, await ctx.services.mailings.update(viewerOf(ctx), ctx.actor(), id, input));
  }

  @Allow(MAILINGS_MANAGE)
  @Mutation(() => MailingType, {
    description:
      'Starts a draft: SCHEDULED for its sendAt, or SENDING now (its recipients are queued at once).',
  })
  async startMailing(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<MailingType> {
    return toType(ctx, await ctx.services.mailings.start(ctx.workspaceId(), ctx.actor(), id));
  }

  @Allow(MAILINGS_MANAGE)
  @Mutation(() => MailingType, {
    description: 'Cancels a scheduled or sending mailing: queued messages are skipped, sent ones stay.',
  })
  async cancelMailing(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<MailingType> {
    return toType(ctx, await ctx.services.mailings.cancel(ctx.workspaceId(), ctx.actor(), id));
  }

  @Allow(MAILINGS_MANAGE)
  @Mutation(() => ID, {
    description:
      'Asks for the mailing to be sent once to this address (e.g. oneself); the id of the request.',
  })
  sendTestMailing(
    @Ctx() ctx: AppContext,
    @Arg('mailingId', () => ID) mailingId: string,
    @Arg('to') to: string,
  ): Promise<string> {
    return ctx.services.mailings.requestTest(ctx.workspaceId(), authorOf(ctx), mailingId, to);
  }
}
