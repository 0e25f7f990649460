import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { LocalizedText } from '../../graphql/localized-text.js';
import { PageInfo } from '../../graphql/page-info.js';
import { ConsentKindEnum, ConsentStateEnum } from '../consents/consent.types.js';
import { HistoryActor } from '../history/history.types.js';
import { BalanceType, LedgerKindEnum } from '../ledger/ledger.types.js';

export enum CustomerRequestStatusEnum {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerEnumType(CustomerRequestStatusEnum, {
  name: 'CustomerRequestStatus',
  description: 'OPEN until staff answer it, ANSWERED (answers may be corrected), CLOSED (no more answers).',
});

@ObjectType('SelfServiceInvitation', {
  description: 'A link to hand to the customer, to set their password.',
})
export class SelfServiceInvitationType {
  @Field({ description: 'Works once, until expiresAt; a new invitation voids it.' }) link!: string;
  @Field() expiresAt!: Date;
  @Field({
    description:
      'Whether the link was also emailed: the customer has an email and the workspace an enabled default email account.',
  })
  emailed!: boolean;
}

@ObjectType('SelfServiceTier')
export class SelfServiceTierType {
  @Field() key!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType('SelfServiceConsent')
export class SelfServiceConsentType {
  @Field(() => ConsentKindEnum) kind!: ConsentKindEnum;
  @Field(() => ConsentStateEnum) state!: ConsentStateEnum;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was given or withdrawn; null when never asked.',
  })
  at!: Date | null;
}

@ObjectType('SelfServiceAccount', { description: 'What a signed-in customer sees of themselves.' })
export class SelfServiceAccountType {
  @Field(() => ID) customerId!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) cardNumber!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) birthDate!: string | null;
  @Field(() => String, { nullable: true, description: "The gender attribute's choice (male, female)." })
  gender!: string | null;
  @Field(() => Int, { nullable: true, description: "The customer's number in the workspace." })
  number!: number | null;
  @Field(() => SelfServiceTierType, { nullable: true }) tier!: SelfServiceTierType | null;
  @Field(() => [BalanceType], {
    description: 'Every currency of the workspace, zero included, with its value.',
  })
  balances!: BalanceType[];
  @Field(() => [SelfServiceConsentType]) consents!: SelfServiceConsentType[];
}

@ObjectType('SelfServiceOperation', {
  description: 'A ledger operation as the customer sees it: no staff comment, no staff names.',
})
export class SelfServiceOperationType {
  @Field(() => ID) id!: string;
  @Field({ description: 'The currency key.' }) currency!: string;
  @Field(() => LedgerKindEnum) kind!: LedgerKindEnum;
  @Field(() => Float) amount!: number;
  @Field(() => Float) balanceAfter!: number;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) reasonCode!: string | null;
  @Field(() => JSONScalar, { nullable: true }) reasonParams!: Record<string, unknown> | null;
  @Field() createdAt!: Date;
}

@ObjectType('SelfServiceOperationEdge')
export class SelfServiceOperationEdge {
  @Field() cursor!: string;
  @Field(() => SelfServiceOperationType) node!: SelfServiceOperationType;
}

@ObjectType('SelfServiceOperationConnection')
export class SelfServiceOperationConnection {
  @Field(() => [SelfServiceOperationEdge]) edges!: SelfServiceOperationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('SelfServicePurchase')
export class SelfServicePurchaseType {
  @Field(() => ID) id!: string;
  @Field() invoiceNumber!: string;
  @Field(() => Float) amount!: number;
  @Field(() => Float) paidAmount!: number;
  @Field(() => Float, { description: 'What the balances spent were worth.' }) spentValue!: number;
  @Field(() => Float) returnedAmount!: number;
  @Field({ description: "The branch's code, or the shop as written before branches." }) branch!: string;
  @Field() purchasedAt!: Date;
}

@ObjectType('SelfServicePurchaseEdge')
export class SelfServicePurchaseEdge {
  @Field() cursor!: string;
  @Field(() => SelfServicePurchaseType) node!: SelfServicePurchaseType;
}

@ObjectType('SelfServicePurchaseConnection')
export class SelfServicePurchaseConnection {
  @Field(() => [SelfServicePurchaseEdge]) edges!: SelfServicePurchaseEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('MyCustomerRequest', { description: 'A request as its customer sees it (no staff names).' })
export class MyCustomerRequestType {
  @Field(() => ID) id!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field(() => CustomerRequestStatusEnum) status!: CustomerRequestStatusEnum;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('CustomerRequest')
export class CustomerRequestType extends MyCustomerRequestType {
  @Field(() => ID) customerId!: string;
  @Field({ description: "The customer's first and last name." }) customerName!: string;
  @Field(() => HistoryActor, { nullable: true }) answeredBy!: HistoryActor | null;
  @Field() updatedAt!: Date;
}

@ObjectType('CustomerRequestEdge')
export class CustomerRequestEdge {
  @Field() cursor!: string;
  @Field(() => CustomerRequestType) node!: CustomerRequestType;
}

@ObjectType('CustomerRequestConnection')
export class CustomerRequestConnection {
  @Field(() => [CustomerRequestEdge]) edges!: CustomerRequestEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
