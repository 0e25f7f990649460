import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { type CustomerRequest, requestCursor } from './customer-requests.service.js';
import {
  CustomerRequestConnection,
  CustomerRequestStatusEnum,
  CustomerRequestType,
} from './self-service.types.js';
import { SSP } from './self-service-permissions.js';

const toRequestType = (r: CustomerRequest): CustomerRequestType => ({
  ...r,
  status: r.status as CustomerRequestStatusEnum,
});

@Resolver()
export class CustomerRequestsResolver {
  @Allow(SSP.handleRequests)
  @Query(() => CustomerRequestConnection, { description: "Customers' requests, newest first." })
  async customerRequests(
    @Ctx() ctx: AppContext,
    @Arg('status', () => CustomerRequestStatusEnum, { nullable: true })
    status: CustomerRequestStatusEnum | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<CustomerRequestConnection> {
    const page = await ctx.services.customerRequests.page(ctx.workspaceId(), { status, first, after });
    const edges = page.rows.map((r) => ({ cursor: requestCursor(r), node: toRequestType(r) }));
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(SSP.handleRequests)
  @Mutation(() => CustomerRequestType, {
    description: 'Answers a request (again, to correct the answer); refused once it is closed.',
  })
  async answerCustomerRequest(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
  ): Promise<CustomerRequestType> {
    return toRequestType(
      await ctx.services.customerRequests.answer(ctx.actor(), ctx.workspaceId(), id, text),
    );
  }

  @Allow(SSP.handleRequests)
  @Mutation(() => CustomerRequestType)
  async closeCustomerRequest(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<CustomerRequestType> {
    return toRequestType(await ctx.services.customerRequests.close(ctx.actor(), ctx.workspaceId(), id));
  }
}
