import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';
import { PageInfo } from '../../graphql/page-info.js';
import { HistoryActor } from '../history/history.types.js';

export enum LedgerKindEnum {
  ADJUSTMENT = 'ADJUSTMENT',
  GRANT = 'GRANT',
  EARN = 'EARN',
  SPEND = 'SPEND',
  EXPIRY = 'EXPIRY',
  REVERSAL = 'REVERSAL',
  RETURN = 'RETURN',
}
registerEnumType(LedgerKindEnum, {
  name: 'LedgerOperationKind',
  description: 'ADJUSTMENT by staff, GRANT to a group, EARN/SPEND/RETURN at purchases, EXPIRY, REVERSAL',
});

@ObjectType('Currency')
export class CurrencyType {
  @Field(() => ID) id!: string;
  @Field({ description: 'What operations name it by: xp, coins, credit…' }) key!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => Int, { description: 'Digits after the point: 0 for points, 2 for money.' }) decimals!: number;
  @Field(() => Float, { description: "What one unit is worth in the workspace's money." }) unitValue!: number;
  @Field({ description: 'False for XP: earned, never spent.' }) spendable!: boolean;
  @Field(() => Int) position!: number;
}

@InputType()
export class CurrencyInput {
  @Field(() => String, { nullable: true, description: 'Required when creating; fixed afterwards.' })
  key?: string | null;
  @Field(() => LocalizedTextInput) name!: LocalizedTextInput;
  @Field(() => Int, { nullable: true, description: 'Required when creating (default 0); fixed afterwards.' })
  decimals?: number | null;
  @Field(() => Float) unitValue!: number;
  @Field(() => Boolean, { nullable: true }) spendable?: boolean | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
}

@ObjectType('Balance')
export class BalanceType {
  @Field(() => CurrencyType) currency!: CurrencyType;
  @Field(() => Float, { description: 'In units of the currency.' }) amount!: number;
  @Field(() => Float, { description: 'amount × the currency’s unit value.' }) value!: number;
}

@ObjectType('LedgerOperation')
export class LedgerOperationType {
  @Field(() => ID, {
    description:
      'Opaque and stable: the same operation always has this id in its workspace; ids carry no order or count.',
  })
  id!: string;
  @Field(() => ID) customerId!: string;
  @Field({ description: 'The currency key.' }) currency!: string;
  @Field(() => LedgerKindEnum) kind!: LedgerKindEnum;
  @Field(() => Float, { description: 'Signed, in units of the currency.' }) amount!: number;
  @Field(() => Float) balanceAfter!: number;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field({ description: 'Shown to the customer.' }) reason!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "A reason the system wrote, by stable code (PURCHASE_POINTS, EXPIRED…), for showing it in the reader's language; null for a reason typed by staff.",
  })
  reasonCode!: string | null;
  @Field(() => JSONScalar, { nullable: true, description: "The reason code's parameters, e.g. { invoice }." })
  reasonParams!: Record<string, unknown> | null;
  @Field({ description: 'For staff only.' }) comment!: string;
  @Field() idempotencyKey!: string;
  @Field(() => ID, { nullable: true }) reversesId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The reversal that undid this operation (in Customer.ledger; null elsewhere).',
  })
  reversedById!: string | null;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field() createdAt!: Date;
}

@InputType()
export class AdjustBalanceInput {
  @Field(() => ID) customerId!: string;
  @Field({ description: 'Currency key, e.g. coins.' }) currency!: string;
  @Field(() => Float, { description: 'Positive adds, negative subtracts; in units of the currency.' })
  amount!: number;
  @Field(() => String, { nullable: true, description: 'Shown to the customer.' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'For staff only.' }) comment?: string | null;
  @Field(() => Date, { nullable: true, description: 'An addition expires then (what is left of it).' })
  expiresAt?: Date | null;
  @Field({
    description:
      'Unique per operation; sending the same key again returns the first answer and changes nothing.',
  })
  idempotencyKey!: string;
}

@InputType()
export class ReverseOperationInput {
  @Field(() => ID) operationId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field() idempotencyKey!: string;
}

@ObjectType()
export class LedgerOperationEdge {
  @Field() cursor!: string;
  @Field(() => LedgerOperationType) node!: LedgerOperationType;
}

@ObjectType()
export class LedgerOperationConnection {
  @Field(() => [LedgerOperationEdge]) edges!: LedgerOperationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
