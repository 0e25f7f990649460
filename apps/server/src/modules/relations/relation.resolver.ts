import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from '../customers/customer.mapper.js';
import { CustomerType } from '../customers/customer.types.js';
import {
  AddCustomerRelationInput,
  CustomerRelationType,
  RelationTypeInput,
  RelationTypeType,
} from './relation.types.js';
import { RP } from './relation-permissions.js';

const countsByRequest = new WeakMap<AppContext, Promise<Map<string, number>>>();

@Resolver(() => RelationTypeType)
export class RelationTypeResolver {
  @Allow(P.customersRead)
  @Query(() => [RelationTypeType], { description: 'The shipped relation types, then the workspace’s own.' })
  async relationTypes(@Ctx() ctx: AppContext): Promise<RelationTypeType[]> {
    return ctx.services.relations.types(ctx.workspaceId());
  }

  @FieldResolver(() => Int, { description: 'Relations of this type in the workspace.' })
  async relationCount(@Ctx() ctx: AppContext, @Root() type: RelationTypeType): Promise<number> {
    let counts = countsByRequest.get(ctx);
    if (!counts) {
      counts = ctx.services.relations.relationCounts(ctx.workspaceId());
      countsByRequest.set(ctx, counts);
    }
    return (await counts).get(type.key) ?? 0;
  }

  @Allow(RP.manageTypes)
  @Mutation(() => RelationTypeType)
  async createRelationType(
    @Ctx() ctx: AppContext,
    @Arg('input') input: RelationTypeInput,
  ): Promise<RelationTypeType> {
    return ctx.services.relations.createType(ctx.workspaceId(), input);
  }

  @Allow(RP.manageTypes)
  @Mutation(() => RelationTypeType)
  async updateRelationType(
    @Ctx() ctx: AppContext,
    @Arg('key') key: string,
    @Arg('input') input: RelationTypeInput,
  ): Promise<RelationTypeType> {
    return ctx.services.relations.updateType(ctx.workspaceId(), key, input);
  }

  @Allow(RP.manageTypes)
  @Mutation(() => String, { description: 'Deletes a type of the workspace’s own that no relation uses.' })
  async deleteRelationType(@Ctx() ctx: AppContext, @Arg('key') key: string): Promise<string> {
    return ctx.services.relations.deleteType(ctx.workspaceId(), key);
  }

  @Allow(P.customersWrite)
  @Mutation(() => [CustomerRelationType], {
    description: "Links two customers of the workspace; returns the customer's relations.",
  })
  async addCustomerRelation(
    @Ctx() ctx: AppContext,
    @Arg('input') input: AddCustomerRelationInput,
  ): Promise<CustomerRelationType[]> {
    await ctx.services.relations.add(ctx.workspaceId(), ctx.actor(), input);
    return relationsOf(ctx, input.customerId);
  }

  @Allow(P.customersWrite)
  @Mutation(() => ID, { description: 'Removes a relation (from both customers).' })
  async removeCustomerRelation(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.relations.remove(ctx.workspaceId(), ctx.actor(), id);
  }
}

@Resolver(() => CustomerType)
export class CustomerRelationsResolver {
  @FieldResolver(() => [CustomerRelationType], {
    description: 'Typed links with other live customers, from this customer’s side, oldest first.',
  })
  async relations(@Ctx() ctx: AppContext, @Root() customer: CustomerType): Promise<CustomerRelationType[]> {
    return relationsOf(ctx, customer.id);
  }
}

async function relationsOf(ctx: AppContext, customerId: string): Promise<CustomerRelationType[]> {
  const relations = await ctx.services.relations.ofCustomer(ctx.workspaceId(), customerId);
  return relations.map((r) => ({ ...r, related: toCustomerType(r.related) }));
}
