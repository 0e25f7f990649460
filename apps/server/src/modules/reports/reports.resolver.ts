import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { personOf } from '../api-keys/person-only.js';
import { CalendarSystemEnum } from '../auth/auth.types.js';
import { P } from '../auth/core-permissions.js';
import { toCurrencyType } from '../currencies/currency.resolver.js';
import { EXPORT_PERMISSION } from '../exports/export-permissions.js';
import { ProductSalesType } from '../products/product.types.js';
import { PP } from '../products/product-permissions.js';
import { toTierType } from '../tiers/tier.resolver.js';
import type { Calendar } from './report-period.js';
import { REPORTS_READ } from './report-permissions.js';
import {
  type Activity,
  checkFirst,
  type MemberFigures,
  type PurchaseFigures,
  type Shares,
} from './reports.service.js';
import {
  CurrencyFlowType,
  DashboardInput,
  DashboardType,
  ReportBucketType,
  ReportFigureType,
  ReportFileType,
  ReportMoneyFigureType,
  RfmShareType,
  TierShareType,
  TopCustomerType,
} from './reports.types.js';

/** The calendar asked for, else the staff member's, else Gregorian (an API key has none). */
function calendarOf(ctx: AppContext, input: DashboardInput): Calendar {
  return (input.calendar ?? ctx.staffRow?.calendar ?? CalendarSystemEnum.GREGORIAN) as Calendar;
}

/** A part of the dashboard read once per request, however many fields of it are asked for. */
function part<T>(d: DashboardType, name: string, read: () => Promise<T>): Promise<T> {
  let promise = d.parts.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = read();
    d.parts.set(name, promise);
  }
  return promise;
}

@Resolver(() => DashboardType)
export class ReportsResolver {
  @Allow(REPORTS_READ)
  @Query(() => DashboardType, { description: 'The reports dashboard of a period; see the Dashboard type.' })
  async dashboard(@Ctx() ctx: AppContext, @Arg('input') input: DashboardInput): Promise<DashboardType> {
    const calendar = calendarOf(ctx, input);
    const period = await ctx.services.reports.period(ctx.workspaceId(), { ...input, calendar });
    return {
      period,
      parts: new Map(),
      from: period.from,
      to: period.to,
      previousFrom: period.previous?.from ?? null,
      previousTo: period.previous?.to ?? null,
      calendar: calendar as CalendarSystemEnum,
      timeZone: period.timeZone,
    };
  }

  @Allow(REPORTS_READ, EXPORT_PERMISSION)
  @Mutation(() => ReportFileType, {
    description:
      "The dashboard as an Excel file (sheets Summary, Series, Tiers, RFM, Top customers, and Top products for staff who may read products) in the staff member's language; download it from downloadPath within the hour.",
  })
  async exportDashboard(
    @Ctx() ctx: AppContext,
    @Arg('input') input: DashboardInput,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: 'Rows of the Top customers and Top products sheets.',
    })
    first: number,
  ): Promise<ReportFileType> {
    const staff = personOf(ctx);
    const workspaceId = ctx.workspaceId();
    const period = await ctx.services.reports.period(workspaceId, {
      ...input,
      calendar: calendarOf(ctx, input),
    });
    return ctx.services.reportExports.export(
      workspaceId,
      { id: staff.id, locale: staff.locale },
      period,
      first,
      Boolean(ctx.principal?.permissions.has(PP.read)),
    );
  }

  private memberFigures(ctx: AppContext, d: DashboardType): Promise<MemberFigures> {
    return part(d, 'members', () => ctx.services.reports.members(ctx.workspaceId(), d.period));
  }

  /** Purchase figures and the best customers: one statement reads both (ReportsService.activity). */
  private activity(ctx: AppContext, d: DashboardType): Promise<Activity> {
    return part(d, 'activity', () => ctx.services.reports.activity(ctx.workspaceId(), d.period));
  }

  /** Tiers and RFM segments: one statement reads both (ReportsService.shares). */
  private shares(ctx: AppContext, d: DashboardType): Promise<Shares> {
    return part(d, 'shares', () => ctx.services.reports.shares(ctx.workspaceId()));
  }

  private async purchaseFigures(ctx: AppContext, d: DashboardType): Promise<PurchaseFigures> {
    return (await this.activity(ctx, d)).purchases;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the figures come from the analytics replica (PATRON_ANALYTICS_DATABASE_URL): the moment they are current as of, when the first change the replica has not applied yet was made (now when it has them all). Null when they are read from the main database, live.',
  })
  async asOf(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<Date | null> {
    return part(d, 'asOf', () => ctx.services.reports.asOf());
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => ReportFigureType, { description: 'Live customers (main profiles) at `to`.' })
  async members(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportFigureType> {
    return (await this.memberFigures(ctx, d)).members;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => ReportFigureType, {
    description: 'Profiles created in the period and live at its end.',
  })
  async newMembers(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportFigureType> {
    return (await this.memberFigures(ctx, d)).newMembers;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => ReportFigureType, { description: 'Customers with a purchase in the period.' })
  async activeMembers(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportFigureType> {
    return (await this.purchaseFigures(ctx, d)).activeMembers;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => ReportFigureType, {
    description: 'Purchases recorded in the period (pending ones too).',
  })
  async purchases(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportFigureType> {
    return (await this.purchaseFigures(ctx, d)).purchases;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => ReportMoneyFigureType, { description: 'Purchase amounts net of returns.' })
  async revenue(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportMoneyFigureType> {
    return (await this.purchaseFigures(ctx, d)).revenue;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => ReportMoneyFigureType, { description: 'revenue / purchases (0 without purchases).' })
  async averagePurchase(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportMoneyFigureType> {
    return (await this.purchaseFigures(ctx, d)).averagePurchase;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => ReportFigureType, {
    description: 'Customers with two purchases or more in the period.',
  })
  async repeatCustomers(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportFigureType> {
    return (await this.purchaseFigures(ctx, d)).repeatCustomers;
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => [CurrencyFlowType], {
    description: 'Per currency of the workspace, in display order.',
  })
  async balances(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<CurrencyFlowType[]> {
    const flows = await part(d, 'balances', () => ctx.services.reports.balances(ctx.workspaceId(), d.period));
    return flows.map((f) => ({ ...f, currency: toCurrencyType(f.currency) }));
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => [ReportBucketType], {
    description: 'One per bucket of the period, in order; no gaps.',
  })
  async series(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<ReportBucketType[]> {
    const [members, purchases] = await Promise.all([
      this.memberFigures(ctx, d),
      this.purchaseFigures(ctx, d),
    ]);
    return d.period.buckets.map((b, i) => ({
      ...b,
      newMembers: members.series[i] ?? 0,
      ...(purchases.series[i] ?? { activeMembers: 0, purchases: 0, revenue: 0 }),
    }));
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => [TierShareType], {
    description: 'Live customers per tier now, lowest first, then in none.',
  })
  async tiers(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<TierShareType[]> {
    const { tiers } = await this.shares(ctx, d);
    return tiers.map((s) => ({ tier: s.tier && toTierType(s.tier), customers: s.customers }));
  }

  @Allow(REPORTS_READ)
  @FieldResolver(() => [RfmShareType], {
    description: 'Live customers per RFM segment of the last recomputation, then those not scored.',
  })
  async rfmSegments(@Root() d: DashboardType, @Ctx() ctx: AppContext): Promise<RfmShareType[]> {
    return (await this.shares(ctx, d)).rfmSegments;
  }

  @Allow(REPORTS_READ, P.customersRead)
  @FieldResolver(() => [TopCustomerType], {
    description:
      'Live customers by revenue in the period (names are personal data: needs customers.read too).',
  })
  async topCustomers(
    @Root() d: DashboardType,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 10, description: '1 to 100.' }) first: number,
  ): Promise<TopCustomerType[]> {
    checkFirst(first);
    return (await this.activity(ctx, d)).top.slice(0, first);
  }

  @Allow(REPORTS_READ, PP.read)
  @FieldResolver(() => [ProductSalesType], {
    description:
      'Products and services that brought most money in the period (net of returns), then most sold; needs products.read too.',
  })
  async topProducts(
    @Root() d: DashboardType,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 10, description: '1 to 100.' }) first: number,
  ): Promise<ProductSalesType[]> {
    return (await ctx.services.reports.topProducts(ctx.workspaceId(), d.period, first)) as ProductSalesType[];
  }
}
