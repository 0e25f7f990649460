import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from './customer.mapper.js';
import {
  CreateCustomerInput,
  CustomerStatusEnum,
  CustomerType,
  UpdateCustomerInput,
} from './customer.types.js';

@Resolver(() => CustomerType)
export class CustomerResolver {
  @Allow(P.customersRead)
  @Query(() => CustomerType)
  async customer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<CustomerType> {
    return toCustomerType(await ctx.services.customers.getProfile(ctx.workspaceId(), id));
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType)
  async createCustomer(
    @Ctx() ctx: AppContext,
    @Arg('input') input: CreateCustomerInput,
  ): Promise<CustomerType> {
    return toCustomerType(
      await ctx.services.customers.create(
        ctx.workspaceId(),
        ctx.actor(),
        input.attributes,
        input.status,
        input.onDuplicate,
      ),
    );
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType)
  async updateCustomer(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCustomerInput,
  ): Promise<CustomerType> {
    return toCustomerType(
      await ctx.services.customers.update(ctx.workspaceId(), ctx.actor(), id, input.attributes),
    );
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType)
  async activateCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<CustomerType> {
    return toCustomerType(
      await ctx.services.customers.setStatus(ctx.workspaceId(), ctx.actor(), id, CustomerStatusEnum.ACTIVE),
    );
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType)
  async deactivateCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<CustomerType> {
    return toCustomerType(
      await ctx.services.customers.setStatus(ctx.workspaceId(), ctx.actor(), id, CustomerStatusEnum.INACTIVE),
    );
  }

  @Allow(P.customersDelete)
  @Mutation(() => ID)
  async deleteCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.customers.delete(ctx.workspaceId(), ctx.actor(), id);
  }
}
