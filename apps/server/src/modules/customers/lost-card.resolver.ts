import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { P } from '../auth/core-permissions.js';
import { toCustomerType } from './customer.mapper.js';
import { CustomerType } from './customer.types.js';
import { LostCardType } from './lost-card.types.js';
import type { LostCard } from './lost-cards.js';

const toLostCardType = (card: LostCard): LostCardType =>
  Object.assign(new LostCardType(), {
    cardNumber: card.cardNumber,
    reportedAt: card.reportedAt,
    reason: card.reason,
    reportedBy: card.actorName,
  });

const requestLostCards = perRequestBatch(async (ctx, ids) => {
  const byCustomer = new Map<string, LostCardType[]>();
  for (const card of await ctx.services.customers.lostCards(ctx.workspaceId(), ids))
    byCustomer.set(card.customerId, [...(byCustomer.get(card.customerId) ?? []), toLostCardType(card)]);
  return byCustomer;
});

@Resolver(() => CustomerType)
export class LostCardResolver {
  @Allow(P.customersWrite)
  @Mutation(() => CustomerType, {
    description:
      "The customer's card is lost: its number is recorded as lost for good and the customer gets newCardNumber (checked as an edited card number, never a lost one). CARD_NONE_TO_REPORT when the customer has no card number.",
  })
  async reportLostCard(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('newCardNumber') newCardNumber: string,
    @Arg('reason', { defaultValue: '' }) reason: string,
  ): Promise<CustomerType> {
    return toCustomerType(
      await ctx.services.customers.reissueCard(
        ctx.workspaceId(),
        ctx.actor(),
        customerId,
        newCardNumber,
        reason,
      ),
    );
  }

  @Allow(P.customersRead)
  @Query(() => CustomerType, {
    description:
      'The customer holding this card number (a till reading a card). A lost card is CARD_LOST with when it was reported, never the new number; else CUSTOMER_NOT_FOUND.',
  })
  async customerByCard(@Ctx() ctx: AppContext, @Arg('cardNumber') cardNumber: string): Promise<CustomerType> {
    return toCustomerType(await ctx.services.customers.getByCard(ctx.workspaceId(), cardNumber));
  }

  @FieldResolver(() => [LostCardType], { description: "The customer's cards reported lost, newest first." })
  async lostCards(@Ctx() ctx: AppContext, @Root() customer: CustomerType): Promise<LostCardType[]> {
    return (await requestLostCards(ctx, customer.id)) ?? [];
  }
}
