import { Field, InputType, ObjectType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';

@ObjectType('LoyaltyProgramme')
export class ProgrammeType {
  @Field(() => JSONScalar, {
    description:
      'Earning and spending rules for customers without a tier: cashbackPercent, cashbackCurrency, pointsPerAmount [{currency, points, per}], productPoints [{sku, currency, points}], weekdayMultipliers [{weekday 0–6, multiplier}], firstPurchaseBonus / birthdayBonus / referralJoinReward [{currency, amount}], referralPercent, maxSpendPercentPerInvoice, maxSpendPerDay.',
  })
  rules!: unknown;
  @Field({
    description:
      "The workspace's IANA time zone (workspaceSettings.timeZone): weekdays, birthdays and daily caps are counted in it.",
  })
  timeZone!: string;
}

@InputType()
export class ProgrammeInput {
  @Field(() => JSONScalar, { nullable: true }) rules?: unknown;
  @Field(() => String, {
    nullable: true,
    description: "Sets the workspace's time zone, as updateWorkspaceSettings does (one clock per workspace).",
  })
  timeZone?: string | null;
}
