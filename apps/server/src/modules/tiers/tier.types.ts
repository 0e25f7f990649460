import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';

export enum DowngradePolicyEnum {
  NEVER = 'NEVER',
  IMMEDIATE = 'IMMEDIATE',
  PERIOD_END = 'PERIOD_END',
}
registerEnumType(DowngradePolicyEnum, {
  name: 'DowngradePolicy',
  description:
    'NEVER: a tier once reached is kept. IMMEDIATE: the tier follows the measures at every evaluation. PERIOD_END: a tier is kept at least periodMonths from when it was reached, then re-evaluated.',
});

@ObjectType('Tier')
export class TierType {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => Int, { description: '1 is the lowest tier.' }) position!: number;
  @Field(() => Float, { nullable: true, description: 'Purchases net of returns, in money, over the window.' })
  minPurchaseTotal!: number | null;
  @Field(() => Int, { nullable: true, description: 'Purchases not fully returned, over the window.' })
  minPurchaseCount!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'XP earned (net) over the window; all time: the XP balance.',
  })
  minXp!: number | null;
  @Field(() => JSONScalar, {
    description: "EarningRules for the tier's customers (the shape of the programme's rules).",
  })
  rules!: Record<string, unknown>;
}

@InputType()
export class TierInput {
  @Field(() => String, { nullable: true, description: 'Required when creating; fixed afterwards.' })
  key?: string | null;
  @Field(() => LocalizedTextInput) name!: LocalizedTextInput;
  @Field(() => Int, { nullable: true, description: 'Where to put the tier (1 = lowest); the others move.' })
  position?: number | null;
  @Field(() => Float, { nullable: true }) minPurchaseTotal?: number | null;
  @Field(() => Int, { nullable: true }) minPurchaseCount?: number | null;
  @Field(() => Float, { nullable: true }) minXp?: number | null;
  @Field(() => JSONScalar, { nullable: true, description: 'EarningRules; missing fields earn nothing.' })
  rules?: unknown;
}

@ObjectType('TierPolicy')
export class TierPolicyType {
  @Field(() => Int, {
    nullable: true,
    description: 'Days purchases and XP are counted over; null: all time.',
  })
  windowDays!: number | null;
  @Field(() => DowngradePolicyEnum) downgradePolicy!: DowngradePolicyEnum;
  @Field(() => Int, { description: 'PERIOD_END: months a tier is kept at least.' }) periodMonths!: number;
}

@InputType({ description: 'A field left out keeps its value.' })
export class TierPolicyInput {
  @Field(() => Int, { nullable: true, description: 'null: all time.' }) windowDays?: number | null;
  @Field(() => DowngradePolicyEnum, { nullable: true }) downgradePolicy?: DowngradePolicyEnum | null;
  @Field(() => Int, { nullable: true }) periodMonths?: number | null;
}

@ObjectType('TierProgress')
export class TierProgressType {
  @Field(() => Float, { description: 'Over the window, net of returns (all time: with the opening total).' })
  purchaseTotal!: number;
  @Field(() => Int) purchaseCount!: number;
  @Field(() => Float) xp!: number;
  @Field(() => TierType, { nullable: true, description: 'The tier above the current one; null at the top.' })
  nextTier!: TierType | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Still missing for nextTier; null when it sets no such threshold.',
  })
  purchaseTotalNeeded!: number | null;
  @Field(() => Int, { nullable: true }) purchaseCountNeeded!: number | null;
  @Field(() => Float, { nullable: true }) xpNeeded!: number | null;
}

@ObjectType('CustomerTier')
export class CustomerTierType {
  @Field(() => TierType, { nullable: true }) tier!: TierType | null;
  @Field(() => TierType, {
    nullable: true,
    description: 'The floor set by staff: the customer never sits below it.',
  })
  manualTier!: TierType | null;
  @Field(() => Date, { nullable: true, description: 'When the current tier was reached.' })
  since!: Date | null;
  @Field(() => Date, { nullable: true, description: 'PERIOD_END: when the tier is re-evaluated.' })
  reviewAt!: Date | null;
  customerId!: string;
}

@ObjectType('TierRecomputeResult')
export class TierRecomputeResult {
  @Field(() => Int) evaluated!: number;
  @Field(() => Int) changed!: number;
}
