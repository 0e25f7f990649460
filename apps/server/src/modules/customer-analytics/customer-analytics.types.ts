import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../graphql/localized-text.js';
import { LifecycleRulesType } from '../workspaces/workspace-settings.types.js';
import { LIFECYCLE_STAGES, type LifecycleStage } from './lifecycle.js';

export const LifecycleStageEnum = Object.fromEntries(LIFECYCLE_STAGES.map((s) => [s, s])) as {
  [K in LifecycleStage]: K;
};
registerEnumType(LifecycleStageEnum, {
  name: 'LifecycleStage',
  description:
    'New, active, at risk or lost, by the workspace lifecycle rules (WorkspaceSettings.lifecycle).',
});

@ObjectType('MissingAttribute')
export class MissingAttributeType {
  @Field() key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
}

@ObjectType('ProfileCompleteness')
export class ProfileCompletenessType {
  @Field(() => Int, { description: 'Counted attributes with a value.' }) filled!: number;
  @Field(() => Int, {
    description: 'Attributes the workspace counts (WorkspaceSettings.completenessAttributes).',
  })
  counted!: number;
  @Field(() => Float, { description: 'filled / counted, 0 to 1.' }) share!: number;
  @Field(() => [MissingAttributeType], { description: 'Counted attributes without a value, in form order.' })
  missing!: MissingAttributeType[];
}

@ObjectType('CustomerLifecycle')
export class CustomerLifecycleType {
  @Field(() => LifecycleStageEnum) stage!: LifecycleStage;
  @Field({ description: 'When the customer joined (the profile was created).' }) joinedAt!: Date;
  @Field(() => Date, { nullable: true }) lastPurchaseAt!: Date | null;
  @Field(() => LifecycleRulesType, { description: 'The rules the stage was found by.' })
  rules!: LifecycleRulesType;
}

@ObjectType('PurchaseMonth')
export class PurchaseMonthType {
  @Field({ description: 'YYYY-MM in the calendar asked for.' }) month!: string;
  @Field({ description: 'Its first day, YYYY-MM-DD (Gregorian), in the workspace time zone.' }) from!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Purchase amounts, in money.' }) amount!: number;
  @Field(() => Float, { description: 'What was returned of these purchases, in money.' })
  returnedAmount!: number;
}

@ObjectType('BalancePoint')
export class BalancePointType {
  @Field({ description: 'YYYY-MM in the calendar asked for.' }) month!: string;
  @Field({ description: 'Its first day, YYYY-MM-DD (Gregorian).' }) from!: string;
  @Field(() => Float, { description: 'The balance at the end of the month (this month: now).' })
  balance!: number;
}

@ObjectType('BalanceSeries')
export class BalanceSeriesType {
  @Field() currencyKey!: string;
  @Field(() => LocalizedText) currencyName!: LocalizedText;
  @Field(() => [BalancePointType]) points!: BalancePointType[];
}

/** The card's analytics tab; each part is read when asked for. */
@ObjectType('CustomerAnalytics', {
  description: 'Profile completeness, lifecycle stage, purchases and balances per month, RFM history.',
})
export class CustomerAnalyticsType {
  customerId!: string;
}
