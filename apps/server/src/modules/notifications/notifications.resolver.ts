import { Allow, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { personOf } from '../api-keys/person-only.js';
import { NotificationConnection } from './notification.types.js';

const MAX_PAGE = 100;
const MAX_IDS = 200;

/** The bell: a staff member's own notices in their workspace (an API key has none: API_KEY_PERSON_ONLY). */
@Resolver()
export class NotificationsResolver {
  @Allow(SIGNED_IN)
  @Query(() => NotificationConnection, { description: 'My notices, newest first.' })
  async myNotifications(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    if (first < 1 || first > MAX_PAGE) throw badField(['first'], 'PAGE_SIZE', { max: MAX_PAGE });
    if (after != null && !/^\d{1,18}$/.test(after)) throw badField(['after'], 'CURSOR_INVALID');
    const me = personOf(ctx);
    const page = await ctx.services.notifications.page(me.workspaceId, me.id, { first, after, unreadOnly });
    const edges = page.notifications.map((n) => ({ cursor: n.id, node: n }));
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(SIGNED_IN)
  @Query(() => Int, { description: 'How many of my notices are unread (the bell’s badge; polled).' })
  async myUnreadNotificationCount(@Ctx() ctx: AppContext): Promise<number> {
    const me = personOf(ctx);
    return ctx.services.notifications.unreadCount(me.workspaceId, me.id);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Int, {
    description: 'Marks these of my notices read (other ids are passed over); answers my unread count after.',
  })
  async markNotificationsRead(
    @Ctx() ctx: AppContext,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<number> {
    if (ids.length > MAX_IDS) throw badField(['ids'], 'TOO_MANY_ITEMS', { max: MAX_IDS });
    const me = personOf(ctx);
    return ctx.services.notifications.markRead(me.workspaceId, me.id, ids);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Int, { description: 'Marks all my notices read; answers how many were unread.' })
  async markAllNotificationsRead(@Ctx() ctx: AppContext): Promise<number> {
    const me = personOf(ctx);
    return ctx.services.notifications.markAllRead(me.workspaceId, me.id);
  }
}
