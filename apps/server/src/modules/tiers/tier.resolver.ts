import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { CustomerType } from '../customers/customer.types.js';
import { LP } from '../ledger/ledger-permissions.js';
import type { CustomerTierStatus } from './customer-tiers.service.js';
import type { Tier } from './tier.entity.js';
import {
  CustomerTierType,
  type DowngradePolicyEnum,
  TierInput,
  TierPolicyInput,
  TierPolicyType,
  TierProgressType,
  TierRecomputeResult,
  TierType,
} from './tier.types.js';

export function toTierType(
  t: Pick<
    Tier,
    'id' | 'key' | 'name' | 'position' | 'minPurchaseTotal' | 'minPurchaseCount' | 'minXp' | 'rules'
  >,
): TierType {
  return {
    id: t.id,
    key: t.key,
    name: t.name,
    position: t.position,
    minPurchaseTotal: t.minPurchaseTotal == null ? null : Number(t.minPurchaseTotal),
    minPurchaseCount: t.minPurchaseCount ?? null,
    minXp: t.minXp == null ? null : Number(t.minXp),
    rules: t.rules,
  };
}

const countsByRequest = new WeakMap<AppContext, Promise<Map<string, number>>>();

/** Per request: tier rows of every customer the request shows, read in one query. */
const requestStatus = perRequestBatch((ctx, ids) =>
  ctx.services.customerTiers.statuses(ctx.workspaceId(), ids),
);

async function toCustomerTier(ctx: AppContext, status: CustomerTierStatus): Promise<CustomerTierType> {
  const tiers = await ctx.services.tiers.list(ctx.workspaceId());
  const find = (id: string | null) => {
    const tier = id ? tiers.find((t) => t.id === id) : undefined;
    return tier ? toTierType(tier) : null;
  };
  return {
    customerId: status.customerId,
    tier: find(status.tierId),
    manualTier: find(status.manualTierId),
    since: status.since,
    reviewAt: status.reviewAt,
  };
}

@Resolver(() => TierType)
export class TierResolver {
  @Allow(LP.read)
  @Query(() => [TierType], { description: 'The workspace tiers, lowest first.' })
  async tiers(@Ctx() ctx: AppContext): Promise<TierType[]> {
    return (await ctx.services.tiers.list(ctx.workspaceId())).map(toTierType);
  }

  @FieldResolver(() => Int, { description: 'Live customers currently in this tier.' })
  async customerCount(@Ctx() ctx: AppContext, @Root() tier: TierType): Promise<number> {
    let counts = countsByRequest.get(ctx);
    if (!counts) {
      counts = ctx.services.customerTiers.counts(ctx.workspaceId());
      countsByRequest.set(ctx, counts);
    }
    return (await counts).get(tier.id) ?? 0;
  }

  @Allow(LP.configure)
  @Mutation(() => TierType, {
    description: 'Customers move to it at their next evaluation, or at once with recomputeTiers.',
  })
  async createTier(@Ctx() ctx: AppContext, @Arg('input') input: TierInput): Promise<TierType> {
    return toTierType(await ctx.services.tiers.create(ctx.workspaceId(), input));
  }

  @Allow(LP.configure)
  @Mutation(() => TierType, { description: 'Everything but the key; a new position moves the other tiers.' })
  async updateTier(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: TierInput,
  ): Promise<TierType> {
    return toTierType(await ctx.services.tiers.update(ctx.workspaceId(), id, input));
  }

  @Allow(LP.configure)
  @Mutation(() => ID, {
    description:
      "Deletes the tier; its customers are re-evaluated at once as if it never existed (whatever the downgrade policy) and a manual floor at it is removed, each change in the customer's history.",
  })
  async deleteTier(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.tiers.delete(ctx.workspaceId(), ctx.actor(), id);
  }

  @Allow(LP.configure)
  @Query(() => TierPolicyType)
  async tierPolicy(@Ctx() ctx: AppContext): Promise<TierPolicyType> {
    return (await ctx.services.tierPolicy.get(ctx.workspaceId())) as TierPolicyType;
  }

  @Allow(LP.configure)
  @Mutation(() => TierPolicyType, {
    description: 'Applies at each next evaluation; recomputeTiers applies it to everyone.',
  })
  async updateTierPolicy(
    @Ctx() ctx: AppContext,
    @Arg('input') input: TierPolicyInput,
  ): Promise<TierPolicyType> {
    const policy = await ctx.services.tierPolicy.update(ctx.workspaceId(), {
      windowDays: input.windowDays,
      downgradePolicy: input.downgradePolicy ?? undefined,
      periodMonths: input.periodMonths ?? undefined,
    });
    return { ...policy, downgradePolicy: policy.downgradePolicy as DowngradePolicyEnum };
  }

  @Allow(LP.configure)
  @Mutation(() => TierRecomputeResult, {
    description:
      'Re-evaluates every customer of the workspace now (after thresholds, positions or the policy change).',
  })
  async recomputeTiers(@Ctx() ctx: AppContext): Promise<TierRecomputeResult> {
    return ctx.services.tierEvaluation.recompute(ctx.workspaceId(), ctx.actor());
  }

  @Allow(LP.adjust)
  @Mutation(() => CustomerTierType, {
    description:
      'Sets the floor below which the customer never sits (null removes it) and re-evaluates the customer.',
  })
  async setCustomerManualTier(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('tierId', () => ID, { nullable: true }) tierId: string | null,
  ): Promise<CustomerTierType> {
    await ctx.services.tierEvaluation.setManualTier(
      ctx.workspaceId(),
      ctx.actor(),
      customerId,
      tierId ?? null,
    );
    const status = (await ctx.services.customerTiers.statuses(ctx.workspaceId(), [customerId])).get(
      customerId,
    );
    return toCustomerTier(ctx, status as CustomerTierStatus);
  }
}

@Resolver(() => CustomerType)
export class CustomerTierResolver {
  @Allow(LP.read)
  @FieldResolver(() => CustomerTierType, { description: "The customer's tier, manual floor and progress." })
  async tier(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerTierType> {
    const status = (await requestStatus(ctx, customer.id)) as CustomerTierStatus;
    return toCustomerTier(ctx, status);
  }
}

@Resolver(() => CustomerTierType)
export class CustomerTierProgressResolver {
  @FieldResolver(() => TierProgressType, {
    description: 'Measures over the window and what the next tier needs.',
  })
  async progress(@Root() info: CustomerTierType, @Ctx() ctx: AppContext): Promise<TierProgressType> {
    const p = await ctx.services.customerTiers.progress(
      ctx.workspaceId(),
      info.customerId,
      info.tier?.id ?? null,
    );
    return { ...p, nextTier: p.nextTier ? toTierType(p.nextTier) : null };
  }
}
