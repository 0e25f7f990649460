import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { CalendarSystemEnum } from '../auth/auth.types.js';
import { P } from '../auth/core-permissions.js';
import { CustomerType } from '../customers/customer.types.js';
import { LP } from '../ledger/ledger-permissions.js';
import { RfmSegmentChangeType } from '../rfm/rfm.types.js';
import {
  BalanceSeriesType,
  CustomerAnalyticsType,
  CustomerLifecycleType,
  ProfileCompletenessType,
  PurchaseMonthType,
} from './customer-analytics.types.js';

@Resolver(() => CustomerType)
export class CustomerAnalyticsFieldResolver {
  @Allow(P.customersRead)
  @FieldResolver(() => CustomerAnalyticsType, { description: 'What the analytics tab shows.' })
  analytics(@Root() customer: CustomerType): CustomerAnalyticsType {
    return { customerId: customer.id };
  }
}

@Resolver(() => CustomerAnalyticsType)
export class CustomerAnalyticsResolver {
  @Allow(P.customersRead)
  @FieldResolver(() => ProfileCompletenessType)
  completeness(@Root() a: CustomerAnalyticsType, @Ctx() ctx: AppContext): Promise<ProfileCompletenessType> {
    return ctx.services.customerAnalytics.completeness(ctx.workspaceId(), a.customerId);
  }

  @Allow(P.customersRead)
  @FieldResolver(() => CustomerLifecycleType)
  lifecycle(@Root() a: CustomerAnalyticsType, @Ctx() ctx: AppContext): Promise<CustomerLifecycleType> {
    return ctx.services.customerAnalytics.lifecycle(ctx.workspaceId(), a.customerId);
  }

  @Allow(LP.read)
  @FieldResolver(() => [PurchaseMonthType], {
    description: 'Purchases per month of the calendar, the current month last (no purchase: zeros).',
  })
  purchasesByMonth(
    @Root() a: CustomerAnalyticsType,
    @Ctx() ctx: AppContext,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Arg('calendar', () => CalendarSystemEnum, { defaultValue: CalendarSystemEnum.GREGORIAN })
    calendar: CalendarSystemEnum,
  ): Promise<PurchaseMonthType[]> {
    return ctx.services.customerAnalytics.purchasesByMonth(ctx.workspaceId(), a.customerId, months, calendar);
  }

  @Allow(LP.read)
  @FieldResolver(() => [BalanceSeriesType], {
    description: 'Per currency the customer holds, the balance at the end of each month, from the ledger.',
  })
  balanceByMonth(
    @Root() a: CustomerAnalyticsType,
    @Ctx() ctx: AppContext,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Arg('calendar', () => CalendarSystemEnum, { defaultValue: CalendarSystemEnum.GREGORIAN })
    calendar: CalendarSystemEnum,
  ): Promise<BalanceSeriesType[]> {
    return ctx.services.customerAnalytics.balanceByMonth(ctx.workspaceId(), a.customerId, months, calendar);
  }

  @Allow(LP.read)
  @FieldResolver(() => [RfmSegmentChangeType], {
    description: 'RFM segments the customer entered, newest first (written by every recomputation).',
  })
  rfmHistory(@Root() a: CustomerAnalyticsType, @Ctx() ctx: AppContext): Promise<RfmSegmentChangeType[]> {
    return ctx.services.rfm.history(ctx.workspaceId(), a.customerId, 50);
  }
}
