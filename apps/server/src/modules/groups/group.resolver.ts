import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { viewerOf } from '../customer-search/customer-search.resolver.js';
import { CustomerType } from '../customers/customer.types.js';
import { LP } from '../ledger/ledger-permissions.js';
import type { CustomerGroup } from './group.entity.js';
import {
  CustomerGroupInput,
  CustomerGroupType,
  GroupMemberSelection,
  GroupMembershipResult,
} from './group.types.js';

function toGroupType(g: CustomerGroup): CustomerGroupType {
  return { id: g.id, name: g.name, description: g.description, createdAt: g.createdAt };
}

const countsByRequest = new WeakMap<AppContext, Promise<Map<string, number>>>();

/** Per request: the groups of every customer the request shows, read in one query. */
const requestGroups = perRequestBatch((ctx, ids) => ctx.services.groups.ofCustomers(ctx.workspaceId(), ids));

@Resolver(() => CustomerGroupType)
export class GroupResolver {
  @Allow(LP.read)
  @Query(() => [CustomerGroupType], { description: 'Manual groups of the workspace, by name.' })
  async groups(@Ctx() ctx: AppContext): Promise<CustomerGroupType[]> {
    return (await ctx.services.groups.list(ctx.workspaceId())).map(toGroupType);
  }

  @FieldResolver(() => Int, { description: 'Live customers in the group.' })
  async memberCount(@Ctx() ctx: AppContext, @Root() group: CustomerGroupType): Promise<number> {
    let counts = countsByRequest.get(ctx);
    if (!counts) {
      counts = ctx.services.groups.memberCounts(ctx.workspaceId());
      countsByRequest.set(ctx, counts);
    }
    return (await counts).get(group.id) ?? 0;
  }

  @Allow(LP.configure)
  @Mutation(() => CustomerGroupType)
  async createGroup(
    @Ctx() ctx: AppContext,
    @Arg('input') input: CustomerGroupInput,
  ): Promise<CustomerGroupType> {
    return toGroupType(await ctx.services.groups.create(ctx.workspaceId(), input));
  }

  @Allow(LP.configure)
  @Mutation(() => CustomerGroupType)
  async updateGroup(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CustomerGroupInput,
  ): Promise<CustomerGroupType> {
    return toGroupType(await ctx.services.groups.update(ctx.workspaceId(), id, input));
  }

  @Allow(LP.configure)
  @Mutation(() => ID, {
    description: "Takes every member out (in each customer's history), then deletes the group.",
  })
  async deleteGroup(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.groups.delete(ctx.workspaceId(), ctx.actor(), id);
  }

  @Allow(LP.adjust)
  @Mutation(() => GroupMembershipResult, {
    description: "Adds the selected customers (one GROUPS_CHANGED event in each one's history).",
  })
  async addCustomersToGroup(
    @Ctx() ctx: AppContext,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('selection') selection: GroupMemberSelection,
  ): Promise<GroupMembershipResult> {
    return { changed: await ctx.services.groups.add(viewerOf(ctx), ctx.actor(), groupId, selection) };
  }

  @Allow(LP.adjust)
  @Mutation(() => GroupMembershipResult, {
    description: "Removes the selected customers (one GROUPS_CHANGED event in each one's history).",
  })
  async removeCustomersFromGroup(
    @Ctx() ctx: AppContext,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('selection') selection: GroupMemberSelection,
  ): Promise<GroupMembershipResult> {
    return { changed: await ctx.services.groups.remove(viewerOf(ctx), ctx.actor(), groupId, selection) };
  }
}

@Resolver(() => CustomerType)
export class CustomerGroupsResolver {
  @Allow(LP.read)
  @FieldResolver(() => [CustomerGroupType], { description: "The customer's manual groups, by name." })
  async groups(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerGroupType[]> {
    return ((await requestGroups(ctx, customer.id)) ?? []).map(toGroupType);
  }
}
