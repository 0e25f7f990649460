import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from './customer.mapper.js';
import {
  CreateCustomerInput,
  CustomerConnection,
  CustomerSortInput,
  CustomerStatusEnum,
  CustomerType,
  UpdateCustomerInput,
} from './customer.types.js';
import { listCustomers } from './customer-list.js';

@Resolver(() => CustomerType)
export class CustomerResolver {
  @Allow(P.customersRead)
  @Query(() => CustomerConnection, { description: 'Customers, a page at a time (keyset cursors).' })
  async customers(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('last', () => Int, { nullable: true }) last: number | null,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Arg('sort', () => CustomerSortInput, { nullable: true }) sort: CustomerSortInput | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
  ): Promise<CustomerConnection> {
    const result = await listCustomers(ctx.app.orm, {
      workspaceId: ctx.workspaceId(),
      first,
      after,
      last,
      before,
      search,
      sort: sort ?? { field: 'CREATED_AT', direction: 'DESC' },
    });
    return {
      totalCount: result.totalCount,
      pageInfo: result.pageInfo,
      edges: result.edges.map(({ cursor, row }) => ({
        cursor,
        node: toCustomerType({
          id: row.id,
          workspaceId: row.workspace_id,
          status: row.status,
          attributes: row.attributes,
          createdAt: new Date(row.created_at),
          updatedAt: new Date(row.updated_at),
        }),
      })),
    };
  }

  @Allow(P.customersRead)
  @Query(() => CustomerType)
  async customer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<CustomerType> {
    return toCustomerType(await ctx.app.customers.get(ctx.workspaceId(), id));
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType)
  async createCustomer(
    @Ctx() ctx: AppContext,
    @Arg('input') input: CreateCustomerInput,
  ): Promise<CustomerType> {
    return toCustomerType(
      await ctx.app.customers.create(ctx.workspaceId(), ctx.actor(), input.attributes, input.status),
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
      await ctx.app.customers.update(ctx.workspaceId(), ctx.actor(), id, input.attributes),
    );
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType)
  async activateCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<CustomerType> {
    return toCustomerType(
      await ctx.app.customers.setStatus(ctx.workspaceId(), ctx.actor(), id, CustomerStatusEnum.ACTIVE),
    );
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerType)
  async deactivateCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<CustomerType> {
    return toCustomerType(
      await ctx.app.customers.setStatus(ctx.workspaceId(), ctx.actor(), id, CustomerStatusEnum.INACTIVE),
    );
  }

  @Allow(P.customersDelete)
  @Mutation(() => ID)
  async deleteCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.app.customers.delete(ctx.workspaceId(), ctx.actor(), id);
  }
}
