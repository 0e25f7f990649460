import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from '../customers/customer.mapper.js';
import { CustomerType } from '../customers/customer.types.js';
import { TagInput, TagType } from './tag.types.js';

/** Per request: every tag of the workspace, loaded once however many customers are shown. */
const tagsByRequest = new WeakMap<AppContext, Promise<Map<string, TagType>>>();
function workspaceTags(ctx: AppContext): Promise<Map<string, TagType>> {
  let tags = tagsByRequest.get(ctx);
  if (!tags) {
    tags = ctx.services.tags.list(ctx.workspaceId()).then((list) => new Map(list.map((t) => [t.id, t])));
    tagsByRequest.set(ctx, tags);
  }
  return tags;
}
const countsByRequest = new WeakMap<AppContext, Promise<Map<string, number>>>();

@Resolver(() => TagType)
export class TagResolver {
  @Allow(P.customersRead)
  @Query(() => [TagType], { description: 'Every tag of the workspace, by name.' })
  async tags(@Ctx() ctx: AppContext): Promise<TagType[]> {
    return [...(await workspaceTags(ctx)).values()];
  }

  @FieldResolver(() => Int, { description: 'Customers carrying this tag.' })
  async customerCount(@Ctx() ctx: AppContext, @Root() tag: TagType): Promise<number> {
    let counts = countsByRequest.get(ctx);
    if (!counts) {
      counts = ctx.services.tags.customerCounts(ctx.workspaceId());
      countsByRequest.set(ctx, counts);
    }
    return (await counts).get(tag.id) ?? 0;
  }

  @Allow(P.tagsManage)
  @Mutation(() => TagType)
  async createTag(@Ctx() ctx: AppContext, @Arg('input') input: TagInput): Promise<TagType> {
    return ctx.services.tags.create(ctx.workspaceId(), input);
  }

  @Allow(P.tagsManage)
  @Mutation(() => TagType)
  async updateTag(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: TagInput,
  ): Promise<TagType> {
    return ctx.services.tags.update(ctx.workspaceId(), id, input);
  }

  @Allow(P.tagsManage)
  @Mutation(() => ID, {
    description: "Removes the tag from every customer too (in each customer's history).",
  })
  async deleteTag(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.tags.delete(ctx.workspaceId(), ctx.actor(), id);
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType, { description: "Sets a customer's tags to exactly these." })
  async setCustomerTags(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('tagIds', () => [ID]) tagIds: string[],
  ): Promise<CustomerType> {
    const workspaceId = ctx.workspaceId();
    const tags = await ctx.services.tags.byIds(workspaceId, tagIds, ['tagIds']);
    const names = new Map([...(await workspaceTags(ctx)).values()].map((t) => [t.id, t.name]));
    const customer = await ctx.services.customers.changeTags(
      workspaceId,
      ctx.actor(),
      customerId,
      'replace',
      tags.map((t) => t.id),
      names,
    );
    return toCustomerType(customer);
  }
}

@Resolver(() => CustomerType)
export class CustomerTagsResolver {
  @FieldResolver(() => [TagType])
  async tags(@Ctx() ctx: AppContext, @Root() customer: CustomerType): Promise<TagType[]> {
    if (customer.tagIds.length === 0) return [];
    const tags = await workspaceTags(ctx);
    return customer.tagIds.flatMap((id) => tags.get(id) ?? []);
  }
}
