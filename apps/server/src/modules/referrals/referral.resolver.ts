import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { toCustomerType } from '../customers/customer.mapper.js';
import { CustomerType } from '../customers/customer.types.js';
import { ledgerIds, toOperationType } from '../ledger/ledger.resolver.js';
import { LP } from '../ledger/ledger-permissions.js';
import { PP } from '../purchases/purchase-permissions.js';
import { RecordReferralInput, ReferralType } from './referral.types.js';

// A page of customers reads these with one query each, not one per customer.
const requestReferrer = perRequestBatch((ctx, ids) =>
  ctx.services.referrals.referrers(ctx.workspaceId(), ids),
);
const requestReferred = perRequestBatch((ctx, ids) =>
  ctx.services.referrals.referred(ctx.workspaceId(), ids),
);

@Resolver(() => CustomerType)
export class ReferralResolver {
  @Allow(PP.record)
  @Mutation(() => ReferralType, {
    description: 'Says who referred a customer (once); the referrer earns the join reward of their rules.',
  })
  async recordReferral(
    @Ctx() ctx: AppContext,
    @Arg('input') input: RecordReferralInput,
  ): Promise<ReferralType> {
    const referral = await ctx.services.referrals.record(ctx.workspaceId(), ctx.actor(), input);
    const ids = await ledgerIds(ctx);
    return { ...referral, rewards: referral.rewards.map((op) => toOperationType(op, ids)) };
  }

  @Allow(PP.record)
  @Mutation(() => CustomerType, {
    description:
      "Takes a customer's referrer away (set by mistake); rewards already earned stay on the referrer's ledger.",
  })
  async clearReferral(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
  ): Promise<CustomerType> {
    await ctx.services.referrals.clear(ctx.workspaceId(), ctx.actor(), customerId);
    return toCustomerType(await ctx.services.customers.get(ctx.workspaceId(), customerId));
  }

  @Allow(LP.read)
  @FieldResolver(() => CustomerType, {
    nullable: true,
    description: 'Who referred this customer (a live customer).',
  })
  async referrer(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerType | null> {
    const id = await requestReferrer(ctx, customer.id);
    if (!id) return null;
    const [referrer] = await ctx.services.customers.liveByIds(ctx.workspaceId(), [id]);
    return referrer ? toCustomerType(referrer) : null;
  }

  @Allow(LP.read)
  @FieldResolver(() => [CustomerType], {
    description: 'Live customers this customer referred, newest first (500 at most).',
  })
  async referredCustomers(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerType[]> {
    const ids = (await requestReferred(ctx, customer.id)) ?? [];
    const found = new Map(
      (await ctx.services.customers.liveByIds(ctx.workspaceId(), ids)).map((c) => [c.id, c]),
    );
    return ids.flatMap((id) => {
      const c = found.get(id);
      return c ? [toCustomerType(c)] : [];
    });
  }

  @Allow(LP.read)
  @FieldResolver(() => ID, { nullable: true, description: 'Who referred this customer.' })
  async referrerId(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await requestReferrer(ctx, customer.id)) ?? null;
  }

  @Allow(LP.read)
  @FieldResolver(() => [ID], { description: 'Customers this customer referred, newest first (500 at most).' })
  async referredIds(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<string[]> {
    return (await requestReferred(ctx, customer.id)) ?? [];
  }
}
