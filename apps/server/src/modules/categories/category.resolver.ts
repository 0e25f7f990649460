import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from '../customers/customer.mapper.js';
import { CustomerType } from '../customers/customer.types.js';
import type { Category } from './category.service.js';
import { CategoryInput, CategoryType } from './category.types.js';
import { CP } from './category-permissions.js';

/** Per request: the workspace's categories, loaded once however many customers are shown. */
const categoriesByRequest = new WeakMap<AppContext, Promise<Map<string, Category>>>();
function workspaceCategories(ctx: AppContext): Promise<Map<string, Category>> {
  let categories = categoriesByRequest.get(ctx);
  if (!categories) {
    categories = ctx.services.categories
      .list(ctx.workspaceId())
      .then((list) => new Map(list.map((c) => [c.id, c])));
    categoriesByRequest.set(ctx, categories);
  }
  return categories;
}
const countsByRequest = new WeakMap<AppContext, Promise<Map<string, number>>>();
const requestCategoryId = perRequestBatch((ctx, ids) =>
  ctx.services.categories.ofCustomers(ctx.workspaceId(), ids),
);

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Allow(P.customersRead)
  @Query(() => [CategoryType], { description: 'Every category of the workspace, by name.' })
  async categories(@Ctx() ctx: AppContext): Promise<CategoryType[]> {
    return [...(await workspaceCategories(ctx)).values()];
  }

  @FieldResolver(() => Int, { description: 'Customers in this category.' })
  async customerCount(@Ctx() ctx: AppContext, @Root() category: CategoryType): Promise<number> {
    let counts = countsByRequest.get(ctx);
    if (!counts) {
      counts = ctx.services.categories.customerCounts(ctx.workspaceId());
      countsByRequest.set(ctx, counts);
    }
    return (await counts).get(category.id) ?? 0;
  }

  @Allow(CP.manage)
  @Mutation(() => CategoryType)
  async createCategory(@Ctx() ctx: AppContext, @Arg('input') input: CategoryInput): Promise<CategoryType> {
    return ctx.services.categories.create(ctx.workspaceId(), input);
  }

  @Allow(CP.manage)
  @Mutation(() => CategoryType)
  async updateCategory(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CategoryInput,
  ): Promise<CategoryType> {
    return ctx.services.categories.update(ctx.workspaceId(), id, input);
  }

  @Allow(CP.manage)
  @Mutation(() => ID, { description: 'Its customers are left without a category (in each one’s history).' })
  async deleteCategory(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.categories.delete(ctx.workspaceId(), ctx.actor(), id);
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType, { description: "Sets a customer's category; null leaves it without one." })
  async setCustomerCategory(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('categoryId', () => ID, { nullable: true }) categoryId: string | null,
  ): Promise<CustomerType> {
    const workspaceId = ctx.workspaceId();
    await ctx.services.categories.setForCustomer(workspaceId, ctx.actor(), customerId, categoryId);
    return toCustomerType(await ctx.services.customers.get(workspaceId, customerId));
  }
}

@Resolver(() => CustomerType)
export class CustomerCategoryResolver {
  @FieldResolver(() => CategoryType, { nullable: true })
  async category(@Ctx() ctx: AppContext, @Root() customer: CustomerType): Promise<CategoryType | null> {
    const id = await requestCategoryId(ctx, customer.id);
    return id ? ((await workspaceCategories(ctx)).get(id) ?? null) : null;
  }
}
