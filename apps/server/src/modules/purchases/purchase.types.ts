import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info.js';
import { HistoryActor } from '../history/history.types.js';

export enum PaymentStatusEnum {
  PAID = 'PAID',
  PENDING = 'PENDING',
  NOT_NEEDED = 'NOT_NEEDED',
}
registerEnumType(PaymentStatusEnum, {
  name: 'PaymentStatus',
  description: 'A PENDING purchase spends at once and earns when it is paid.',
});

@ObjectType('PurchaseItem')
export class PurchaseItemType {
  @Field() sku!: string;
  @Field() name!: string;
  @Field(() => Float) quantity!: number;
  @Field(() => Float, { description: 'Price of one unit.' }) price!: number;
  @Field(() => Float, { description: 'How much of the line returns that named it have taken back.' })
  returnedQuantity?: number;
}

@InputType()
export class PurchaseItemInput {
  @Field(() => String, { nullable: true }) sku?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Float, { nullable: true, description: 'Default 1.' }) quantity?: number | null;
  @Field(() => Float, { nullable: true }) price?: number | null;
}

@InputType()
export class CurrencyAmountInput {
  @Field({ description: 'A currency key: credit, coins…' }) currency!: string;
  @Field(() => Float) amount!: number;
}

@ObjectType('CurrencyAmount')
export class CurrencyAmountType {
  @Field() currency!: string;
  @Field(() => Float) amount!: number;
}

@InputType()
export class RecordPurchaseInput {
  @Field(() => ID) customerId!: string;
  @Field(() => Float, { description: 'The invoice total in money, two decimals at most.' }) amount!: number;
  @Field(() => String, { nullable: true }) invoiceNumber?: string | null;
  @Field(() => [PurchaseItemInput], { nullable: true }) items?: PurchaseItemInput[] | null;
  @Field(() => String, { nullable: true }) branch?: string | null;
  @Field(() => Date, { nullable: true, description: 'Default: now. Never in the future.' })
  purchasedAt?: Date | null;
  @Field(() => PaymentStatusEnum) paymentStatus!: PaymentStatusEnum;
  @Field(() => [CurrencyAmountInput], {
    nullable: true,
    description: 'Balances paying part of the invoice, within the caps of the rules.',
  })
  spend?: CurrencyAmountInput[] | null;
  @Field({ description: 'The same key when retrying returns the first answer.' }) idempotencyKey!: string;
}

@InputType()
export class ReturnedItemInput {
  @Field(() => Int, { description: "The line's number in the purchase's items, 1 for the first." })
  line!: number;
  @Field(() => Float, { nullable: true, description: 'All that is left of the line when left out.' })
  quantity?: number | null;
}

@ObjectType('ReturnedItem', { description: 'A line a return took back.' })
export class ReturnedItemType {
  @Field(() => Int) line!: number;
  @Field() sku!: string;
  @Field() name!: string;
  @Field(() => Float) quantity!: number;
}

@InputType()
export class ReturnPurchaseInput {
  @Field(() => ID) purchaseId!: string;
  @Field(() => Float, {
    nullable: true,
    description:
      "Money returned; when left out, the named items' worth (quantity × price), or the rest of the purchase.",
  })
  amount?: number | null;
  @Field(() => [ReturnedItemInput], {
    nullable: true,
    description:
      'The lines brought back: their stock comes back by line. Without them, stock comes back in proportion to the money.',
  })
  items?: ReturnedItemInput[] | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field() idempotencyKey!: string;
}

@ObjectType('PurchaseLedgerEntry', { description: 'An operation a purchase or a return wrote.' })
export class PurchaseLedgerEntryType {
  @Field(() => ID) operationId!: string;
  @Field(() => ID) customerId!: string;
  @Field() currency!: string;
  @Field({ description: 'SPEND, EARN or REFERRAL (the referrer’s share).' }) role!: string;
  @Field(() => Float, { description: 'Signed, in units of the currency.' }) amount!: number;
}

@ObjectType('Purchase')
export class PurchaseType {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field() invoiceNumber!: string;
  @Field(() => Float) amount!: number;
  @Field(() => Float, { description: 'What the balances spent were worth.' }) spentValue!: number;
  @Field(() => Float) paidAmount!: number;
  @Field(() => [PurchaseItemType]) items!: PurchaseItemType[];
  @Field() branch!: string;
  @Field(() => PaymentStatusEnum) paymentStatus!: PaymentStatusEnum;
  @Field() purchasedAt!: Date;
  @Field(() => Float) returnedAmount!: number;
  @Field(() => [PurchaseLedgerEntryType]) ledger!: PurchaseLedgerEntryType[];
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field() createdAt!: Date;
}

@ObjectType('PurchaseReturn')
export class PurchaseReturnType {
  @Field(() => ID) id!: string;
  @Field(() => ID) purchaseId!: string;
  @Field(() => Float) amount!: number;
  @Field() reason!: string;
  @Field(() => [ReturnedItemType], { description: 'The lines it named; empty for a return by money alone.' })
  items!: ReturnedItemType[];
  @Field(() => [PurchaseLedgerEntryType]) ledger!: PurchaseLedgerEntryType[];
  @Field(() => [CurrencyAmountType], {
    description:
      'Earnings that could not be taken back because they had been spent, per customer and currency.',
  })
  shortfall!: CurrencyAmountType[];
  @Field() createdAt!: Date;
}

@ObjectType()
export class PurchaseEdge {
  @Field() cursor!: string;
  @Field(() => PurchaseType) node!: PurchaseType;
}

@ObjectType()
export class PurchaseConnection {
  @Field(() => [PurchaseEdge]) edges!: PurchaseEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('PurchaseSummary')
export class PurchaseSummaryType {
  @Field(() => Float, { description: 'Purchases net of returns, plus the opening total.' }) total!: number;
  @Field(() => Int) count!: number;
  @Field(() => Date, { nullable: true }) firstPurchaseAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastPurchaseAt!: Date | null;
}
