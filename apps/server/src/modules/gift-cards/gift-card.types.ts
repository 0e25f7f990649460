import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BATCH_MAX, GIFT_CARD_STATUSES, type GiftCardStatus, NOTE_MAX } from './gift-card.service.js';

export const GiftCardStatusEnum = Object.fromEntries(GIFT_CARD_STATUSES.map((s) => [s, s])) as {
  [K in GiftCardStatus]: K;
};
registerEnumType(GiftCardStatusEnum, {
  name: 'GiftCardStatus',
  description:
    'ACTIVE: can be redeemed; REDEEMED: credited to a customer; BLOCKED: stopped by staff; EXPIRED: past its redeem-by date.',
});

@ObjectType('GiftCard', { description: 'A gift card: a code worth a value of a currency, redeemed once.' })
export class GiftCardType {
  @Field(() => ID) id!: string;
  @Field({ description: '12 characters grouped as printed: XXXX-XXXX-XXXX.' }) code!: string;
  @Field(() => GiftCardStatusEnum) status!: GiftCardStatus;
  @Field(() => Float, { description: 'In units of the currency.' }) value!: number;
  @Field({ description: 'The key of the currency it credits.' }) currency!: string;
  @Field(() => Date, { nullable: true, description: 'Redeemable until then; null: no limit.' })
  redeemBy!: Date | null;
  @Field({ description: 'The note of its batch.' }) note!: string;
  @Field(() => ID) batchId!: string;
  @Field(() => Int) batchNumber!: number;
  @Field({ description: 'Blocked by staff (a redeemed card shows REDEEMED whatever this says).' })
  blocked!: boolean;
  @Field(() => Date, { nullable: true }) redeemedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The customer it was redeemed onto.' })
  redeemedCustomerId!: string | null;
  @Field(() => String, { nullable: true, description: 'Who redeemed it (a staff member or an API key).' })
  redeemedByName!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('GiftCardPage')
export class GiftCardPageType {
  @Field(() => [GiftCardType]) nodes!: GiftCardType[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('GiftCardBatch', { description: 'Gift cards issued in one call: all alike but for their codes.' })
export class GiftCardBatchType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Numbered 1, 2, 3… in the workspace.' }) number!: number;
  @Field() currency!: string;
  @Field(() => Float) value!: number;
  @Field(() => Date, { nullable: true }) redeemBy!: Date | null;
  @Field() note!: string;
  @Field(() => Int) cardCount!: number;
  @Field(() => Int) redeemedCount!: number;
  @Field() createdByName!: string;
  @Field() createdAt!: Date;
}

@InputType()
export class IssueGiftCardsInput {
  @Field(() => Int, { nullable: true, description: `How many cards, 1 (the default) to ${BATCH_MAX}.` })
  count?: number | null;
  @Field({ description: 'The key of a spendable currency of the workspace.' }) currency!: string;
  @Field(() => Float, { description: 'What each card is worth, more than zero, in the currency’s decimals.' })
  value!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'Redeemable until then (in the future); none: no limit.',
  })
  redeemBy?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: `Shown with the batch, ${NOTE_MAX} characters at most.`,
  })
  note?: string | null;
}
