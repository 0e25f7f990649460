import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from '../customers/customer.mapper.js';
import { CustomerType } from '../customers/customer.types.js';
import { DP } from './duplicate-permissions.js';
import {
  type CandidateReasonEnum,
  CustomerMergeType,
  CustomerSourceType,
  DuplicateCandidatesPage,
  MergeCountsType,
} from './duplicates.types.js';
import type { MergeInfo } from './merge-reads.js';

const toMerge = (m: MergeInfo): CustomerMergeType => ({
  id: m.mergeId,
  mainCustomerId: m.mainId,
  mergedCustomerId: m.mergedId,
  mergedAt: m.mergedAt,
  undoUntil: m.undoUntil,
  moved: m.counts,
});

@Resolver()
export class DuplicatesResolver {
  @Allow(DP.merge)
  @Query(() => DuplicateCandidatesPage, {
    description:
      'Pairs of customers that may be one person, best candidates first, with counts per reason (computed by a background job).',
  })
  async duplicateCandidates(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<DuplicateCandidatesPage> {
    const page = await ctx.services.duplicateCandidates.page(
      ctx.workspaceId(),
      Math.min(Math.max(first, 1), 100),
      Math.max(offset, 0),
    );
    return {
      totalCount: page.totalCount,
      refreshedAt: page.refreshedAt,
      counts: page.counts.map((c) => ({ reason: c.reason as CandidateReasonEnum, count: c.count })),
      groups: page.groups.map((g) => ({
        reason: g.reason as CandidateReasonEnum,
        key: g.key,
        score: g.score,
        customers: g.customers.map(toCustomerType),
      })),
    };
  }

  @Allow(DP.merge)
  @Query(() => MergeCountsType, { description: 'What merging one customer into another would move.' })
  async mergePreview(
    @Ctx() ctx: AppContext,
    @Arg('mainCustomerId', () => ID) mainCustomerId: string,
    @Arg('mergedCustomerId', () => ID) mergedCustomerId: string,
  ): Promise<MergeCountsType> {
    return ctx.services.mergeReads.preview(ctx.workspaceId(), mainCustomerId, mergedCustomerId);
  }

  @Allow(DP.merge)
  @Mutation(() => CustomerMergeType, {
    description:
      'Merges a customer into the main one: balances (as ledger operations), purchases, tags, groups, referrals, child profiles and history move; the merged profile stays as a child of the main. Undo with unmergeCustomer within 30 days.',
  })
  async mergeCustomers(
    @Ctx() ctx: AppContext,
    @Arg('mainCustomerId', () => ID) mainCustomerId: string,
    @Arg('mergedCustomerId', () => ID) mergedCustomerId: string,
  ): Promise<CustomerMergeType> {
    const done = await ctx.services.merges.merge(
      ctx.workspaceId(),
      ctx.actor(),
      mainCustomerId,
      mergedCustomerId,
    );
    return toMerge({ ...done, undoUntil: new Date(done.mergedAt.getTime() + 30 * 86_400_000) });
  }

  @Allow(DP.merge)
  @Mutation(() => CustomerMergeType, {
    description: 'Undoes the merge of this (merged-away) customer: both are restored as they were.',
  })
  async unmergeCustomer(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
  ): Promise<CustomerMergeType> {
    const done = await ctx.services.merges.unmerge(ctx.workspaceId(), ctx.actor(), customerId);
    return toMerge({ ...done, undoUntil: new Date(done.mergedAt.getTime() + 30 * 86_400_000) });
  }
}

@Resolver(() => CustomerType)
export class CustomerProfilesResolver {
  @Allow(P.customersRead)
  @FieldResolver(() => [CustomerType], { description: 'Child profiles of this customer, oldest first.' })
  async childProfiles(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerType[]> {
    if (customer.mainCustomerId) return [];
    return (await ctx.services.duplicateCandidates.children(ctx.workspaceId(), customer.id)).map(
      toCustomerType,
    );
  }

  @Allow(P.customersRead)
  @FieldResolver(() => [CustomerSourceType], {
    description:
      'Every source this person arrived from (the main profile and its children), first arrival marked.',
  })
  async sources(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerSourceType[]> {
    const children = customer.mainCustomerId
      ? []
      : await ctx.services.duplicateCandidates.children(ctx.workspaceId(), customer.id);
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    const all = [
      { id: customer.id, attributes: customer.attributes, createdAt: customer.createdAt, child: false },
      ...children.map((c) => ({ id: c.id, attributes: c.attributes, createdAt: c.createdAt, child: true })),
    ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return all.map((p, i) => ({
      customerId: p.id,
      source: text(p.attributes.source),
      subSource: text(p.attributes.subSource),
      arrivedAt: p.createdAt,
      first: i === 0,
      child: p.child,
    }));
  }

  @Allow(P.customersRead)
  @FieldResolver(() => CustomerMergeType, {
    nullable: true,
    description: 'On a merged-away profile: the merge that made it a child (unmerge it until undoUntil).',
  })
  async merge(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerMergeType | null> {
    if (!customer.mainCustomerId) return null;
    const info = await ctx.services.mergeReads.latest(ctx.workspaceId(), customer.id);
    return info ? toMerge(info) : null;
  }
}
