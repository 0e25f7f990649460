import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { viewerOf } from '../customer-search/customer-search.resolver.js';
import type { NewsPost } from './news.service.js';
import { NewsPostInput, NewsPostPage, NewsPostType, NewsStatusEnum } from './news.types.js';
import { NP } from './news-permissions.js';

const PAGE_MAX = 200;

const toType = (p: NewsPost): NewsPostType => ({ ...p, status: p.status as NewsStatusEnum });

/** Whether the reader may not see the post's segment, asked once per post for both fields; null without one. */
const hidden = new WeakMap<NewsPostType, Promise<boolean | null>>();
function segmentHidden(post: NewsPostType, ctx: AppContext): Promise<boolean | null> {
  let answer = hidden.get(post);
  if (!answer) {
    answer =
      post.segmentId && post.segmentName
        ? ctx.services.news.seesSegment(viewerOf(ctx), post.segmentId).then((sees) => !sees)
        : Promise.resolve(null);
    hidden.set(post, answer);
  }
  return answer;
}

@Resolver(() => NewsPostType)
export class NewsResolver {
  @Allow(NP.read)
  @Query(() => NewsPostPage, { description: 'Pinned first, then drafts and the newest published.' })
  async newsPosts(
    @Ctx() ctx: AppContext,
    @Arg('status', () => NewsStatusEnum, { nullable: true }) status: NewsStatusEnum | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<NewsPostPage> {
    if (first < 1 || first > PAGE_MAX) throw badField(['first'], 'NUMBER_RANGE', { min: 1, max: PAGE_MAX });
    if (offset < 0) throw badField(['offset'], 'NUMBER_RANGE', { min: 0, max: Number.MAX_SAFE_INTEGER });
    const page = await ctx.services.news.list(ctx.workspaceId(), { status, first, offset });
    return { items: page.items.map(toType), totalCount: page.totalCount };
  }

  @Allow(NP.read)
  @Query(() => NewsPostType)
  async newsPost(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<NewsPostType> {
    return toType(await ctx.services.news.get(ctx.workspaceId(), id));
  }

  @Allow(NP.manage)
  @Mutation(() => NewsPostType)
  async createNewsPost(@Ctx() ctx: AppContext, @Arg('input') input: NewsPostInput): Promise<NewsPostType> {
    return toType(await ctx.services.news.create(viewerOf(ctx), ctx.actor(), input));
  }

  @Allow(NP.manage)
  @Mutation(() => NewsPostType, { description: 'Replaces the post’s texts, audience, window and pin.' })
  async updateNewsPost(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: NewsPostInput,
  ): Promise<NewsPostType> {
    return toType(await ctx.services.news.update(viewerOf(ctx), ctx.actor(), id, input));
  }

  @Allow(NP.manage)
  @Mutation(() => ID, { description: 'Deletes the post and who has read it.' })
  async deleteNewsPost(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.news.delete(ctx.actor(), ctx.workspaceId(), id);
  }

  @Allow(NP.read)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The segment's name; null when there is none, it was deleted, or it is another's private one.",
  })
  async segmentName(@Root() post: NewsPostType, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await segmentHidden(post, ctx)) === false ? post.segmentName : null;
  }

  @Allow(NP.read)
  @FieldResolver(() => Boolean, {
    description: 'The post is for a segment that is private to another staff member.',
  })
  async segmentPrivate(@Root() post: NewsPostType, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await segmentHidden(post, ctx)) === true;
  }
}
