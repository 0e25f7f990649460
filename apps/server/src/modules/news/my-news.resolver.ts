import { Allow, CUSTOMER } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { refusal } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { LocaleEnum } from '../auth/auth.types.js';
import type { SelfServiceCaller } from '../self-service/customer-sessions.js';
import { MyNewsConnection } from './news.types.js';
import { feedCursor } from './news-feed.js';

/** The customer behind the self-service cookie (the CUSTOMER rule has checked there is one). */
function me(ctx: AppContext): SelfServiceCaller {
  if (!ctx.customer) throw refusal('UNAUTHENTICATED');
  return ctx.customer;
}

@Resolver()
export class MyNewsResolver {
  @Allow(CUSTOMER)
  @Query(() => MyNewsConnection, {
    description: 'News for the signed-in customer, live now and for them: pinned first, then newest.',
  })
  async myNews(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('language', () => LocaleEnum, {
      nullable: true,
      description:
        "Each post in this language when written in it; left out: the customer's language of messages.",
    })
    language: LocaleEnum | null,
  ): Promise<MyNewsConnection> {
    const page = await ctx.services.newsFeed.page(me(ctx), {
      first,
      after,
      language: language ? (language.toLowerCase() as 'en' | 'ru' | 'fa') : null,
    });
    const edges = page.items.map((item) => ({
      cursor: feedCursor(item),
      node: { ...item, language: item.language.toUpperCase() as LocaleEnum },
    }));
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(CUSTOMER)
  @Query(() => Int, { description: 'How many of the news myNews lists the customer has not opened.' })
  async myUnreadNewsCount(@Ctx() ctx: AppContext): Promise<number> {
    return ctx.services.newsFeed.unreadCount(me(ctx));
  }

  @Allow(CUSTOMER)
  @Mutation(() => Boolean, { description: 'Marks a post of myNews as opened (again: no change).' })
  async markMyNewsRead(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await ctx.services.newsFeed.markRead(me(ctx), id);
    return true;
  }
}
