import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarSystemEnum } from '../auth/auth.types.js';
import { CurrencyType } from '../ledger/ledger.types.js';
import { RfmSegmentEnum } from '../rfm/rfm.types.js';
import { TierType } from '../tiers/tier.types.js';
import type { ReportPeriod } from './report-period.js';
import type { RfmSegment } from './reports.service.js';

export enum ReportGranularityEnum {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ReportGranularityEnum, {
  name: 'ReportGranularity',
  description:
    "Buckets of the series in the workspace's time zone: days, weeks (from Monday; from Saturday in the Jalali calendar) or months of the calendar.",
});

@InputType()
export class DashboardInput {
  @Field({ description: 'The period starts here (included).' }) from!: Date;
  @Field({ description: 'The period ends here (excluded); at most 3 years after `from`.' }) to!: Date;
  @Field(() => ReportGranularityEnum, { description: 'DAY allows at most 400 days.' })
  granularity!: ReportGranularityEnum;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Also figure the period of the same length just before (the `previous` values).',
  })
  compare?: boolean | null;
  @Field(() => CalendarSystemEnum, {
    nullable: true,
    description: "Months, weeks and labels in this calendar; default: the staff member's preference.",
  })
  calendar?: CalendarSystemEnum | null;
}

@ObjectType('ReportFigure')
export class ReportFigureType {
  @Field(() => Int) value!: number;
  @Field(() => Int, { nullable: true, description: 'The previous period; null without comparison.' })
  previous!: number | null;
}

@ObjectType('ReportMoneyFigure', { description: "In the workspace's money, like purchase amounts." })
export class ReportMoneyFigureType {
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true, description: 'The previous period; null without comparison.' })
  previous!: number | null;
}

@ObjectType('CurrencyFlow', { description: 'Amounts in units of the currency, like ledger operations.' })
export class CurrencyFlowType {
  @Field(() => CurrencyType) currency!: CurrencyType;
  @Field(() => Float, { description: 'Sum of the positive operations of the period.' }) issued!: number;
  @Field(() => Float, {
    description:
      'Sum of the negative operations of the period, as a positive amount: spends, expiry, returns, reversals.',
  })
  spent!: number;
  @Field(() => Float, { description: 'The part of `spent` that expired.' }) expired!: number;
  @Field(() => Float, { nullable: true }) previousIssued!: number | null;
  @Field(() => Float, { nullable: true }) previousSpent!: number | null;
}

@ObjectType('ReportBucket')
export class ReportBucketType {
  @Field({ description: 'The first bucket starts at the period start.' }) start!: Date;
  @Field({ description: 'The last bucket ends at the period end.' }) end!: Date;
  @Field({
    description:
      'The calendar unit holding `start`: day YYYY-MM-DD, week YYYY-Www (ISO) or, in the Jalali calendar, the YYYY-MM-DD of its Saturday, month YYYY-MM; in the calendar asked for, Latin digits.',
  })
  label!: string;
  @Field({ description: "The unit's first local day, Gregorian YYYY-MM-DD." }) startDay!: string;
  @Field({ description: 'The period cuts this unit (first or last bucket).' }) partial!: boolean;
  @Field(() => Int, { description: 'Profiles created in the bucket and live at its end.' })
  newMembers!: number;
  @Field(() => Int, { description: 'Customers with a purchase in the bucket.' }) activeMembers!: number;
  @Field(() => Int) purchases!: number;
  @Field(() => Float, { description: 'Net of returns, in money.' }) revenue!: number;
}

@ObjectType('TierShare')
export class TierShareType {
  @Field(() => TierType, { nullable: true, description: 'null: customers in no tier.' })
  tier!: TierType | null;
  @Field(() => Int) customers!: number;
}

@ObjectType('RfmShare')
export class RfmShareType {
  @Field(() => RfmSegmentEnum, { nullable: true, description: 'null: not scored (no purchase kept).' })
  segment!: RfmSegment | null;
  @Field(() => Int) customers!: number;
}

@ObjectType('TopCustomer')
export class TopCustomerType {
  @Field(() => ID) customerId!: string;
  @Field() displayName!: string;
  @Field(() => Int) purchases!: number;
  @Field(() => Float, { description: 'Net of returns, in money.' }) revenue!: number;
}

/** The period checked and cut; each part is read when asked for, at most once per request. */
@ObjectType('Dashboard', {
  description:
    'Figures of a period [from, to) against the one before, series per bucket, tier and RFM shares, best customers.',
})
export class DashboardType {
  period!: ReportPeriod;
  /** Parts already asked for in this request, by name. */
  parts!: Map<string, Promise<unknown>>;
  @Field() from!: Date;
  @Field() to!: Date;
  @Field(() => Date, { nullable: true }) previousFrom!: Date | null;
  @Field(() => Date, { nullable: true }) previousTo!: Date | null;
  @Field(() => CalendarSystemEnum, { description: 'The calendar of the buckets and labels.' })
  calendar!: CalendarSystemEnum;
  @Field({ description: "The workspace's time zone the buckets were cut in." }) timeZone!: string;
}

@ObjectType('ReportFile')
export class ReportFileType {
  @Field(() => ID) fileId!: string;
  @Field() name!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'GET it (session cookie) to download; only the requester may.' })
  downloadPath!: string;
  @Field() expiresAt!: Date;
}
