import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import type { GiftCardStatus } from './gift-card.service.js';
import {
  GiftCardBatchType,
  GiftCardPageType,
  GiftCardStatusEnum,
  GiftCardType,
  IssueGiftCardsInput,
} from './gift-card.types.js';
import { GP } from './gift-card-permissions.js';

const PAGE_MAX = 200;

@Resolver(() => GiftCardType)
export class GiftCardResolver {
  @Allow(GP.manage)
  @Mutation(() => GiftCardBatchType, {
    description: 'Issues one card or a batch of up to 10,000 in one transaction, each with a fresh code.',
  })
  async issueGiftCards(
    @Ctx() ctx: AppContext,
    @Arg('input') input: IssueGiftCardsInput,
  ): Promise<GiftCardBatchType> {
    return ctx.services.giftCards.issue(ctx.actor(), ctx.workspaceId(), input);
  }

  @Allow(GP.redeem)
  @Query(() => GiftCardType, {
    nullable: true,
    description:
      'The card with this code, typed in any case, grouping or digit script; null when the workspace has none.',
  })
  async giftCard(@Ctx() ctx: AppContext, @Arg('code') code: string): Promise<GiftCardType | null> {
    return ctx.services.giftCards.check(ctx.workspaceId(), code);
  }

  @Allow(GP.redeem)
  @Mutation(() => GiftCardType, {
    description:
      'Credits the card’s value to the customer’s balance (a GRANT, expiring at the card’s redeem-by date) and marks it redeemed.',
  })
  async redeemGiftCard(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('code') code: string,
  ): Promise<GiftCardType> {
    return ctx.services.giftCards.redeem(ctx.actor(), ctx.workspaceId(), customerId, code);
  }

  @Allow(GP.manage)
  @Mutation(() => GiftCardType, { description: 'A blocked card cannot be redeemed until unblocked.' })
  async setGiftCardBlocked(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('blocked') blocked: boolean,
  ): Promise<GiftCardType> {
    return ctx.services.giftCards.setBlocked(ctx.actor(), ctx.workspaceId(), id, blocked);
  }

  @Allow(GP.manage)
  @Query(() => GiftCardPageType, { description: 'Newest batch first, then by code.' })
  async giftCards(
    @Ctx() ctx: AppContext,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('status', () => GiftCardStatusEnum, { nullable: true }) status: GiftCardStatus | null,
    @Arg('batchId', () => ID, { nullable: true }) batchId: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Part of a code, typed in any way.' })
    code: string | null,
  ): Promise<GiftCardPageType> {
    if (first < 1 || first > PAGE_MAX) throw badField(['first'], 'NUMBER_RANGE', { min: 1, max: PAGE_MAX });
    if (offset < 0) throw badField(['offset'], 'NUMBER_RANGE', { min: 0, max: Number.MAX_SAFE_INTEGER });
    return ctx.services.giftCards.list(ctx.workspaceId(), { offset, first, status, batchId, code });
  }

  @Allow(GP.manage)
  @Query(() => [GiftCardBatchType], { description: 'Newest first.' })
  async giftCardBatches(@Ctx() ctx: AppContext): Promise<GiftCardBatchType[]> {
    return ctx.services.giftCards.batches(ctx.workspaceId());
  }

  @Allow(GP.manage)
  @Query(() => GiftCardBatchType, { nullable: true })
  async giftCardBatch(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<GiftCardBatchType | null> {
    return ctx.services.giftCards.batch(ctx.workspaceId(), id);
  }
}

@Resolver(() => GiftCardBatchType)
export class GiftCardBatchResolver {
  @FieldResolver(() => [String], { description: 'Its cards’ codes, grouped as printed, in code order.' })
  async codes(@Ctx() ctx: AppContext, @Root() batch: GiftCardBatchType): Promise<string[]> {
    return ctx.services.giftCards.batchCodes(ctx.workspaceId(), batch.id);
  }
}
