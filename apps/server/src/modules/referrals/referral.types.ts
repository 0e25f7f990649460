import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LedgerOperationType } from '../ledger/ledger.types.js';

@InputType()
export class RecordReferralInput {
  @Field(() => ID, { description: 'The customer who was referred.' }) customerId!: string;
  @Field(() => ID) referrerId!: string;
}

@ObjectType('Referral')
export class ReferralType {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) referrerId!: string;
  @Field() createdAt!: Date;
  @Field(() => [LedgerOperationType]) rewards!: LedgerOperationType[];
}
