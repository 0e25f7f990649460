import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CustomerType } from '../customers/customer.types.js';

export enum CandidateReasonEnum {
  EMAIL = 'EMAIL',
  NAME_BIRTH_DATE = 'NAME_BIRTH_DATE',
}
registerEnumType(CandidateReasonEnum, {
  name: 'DuplicateReason',
  description: 'Why customers may be one person.',
  valuesConfig: {
    EMAIL: { description: 'The same email address.' },
    NAME_BIRTH_DATE: { description: 'Similar names (trigram similarity) and the same birth date.' },
  },
});

@ObjectType()
export class DuplicateGroupType {
  @Field(() => CandidateReasonEnum) reason!: CandidateReasonEnum;
  @Field({ description: 'The shared email or birth date.' }) key!: string;
  @Field(() => Float, { description: '100 for a shared email; names: similarity × 90. Higher first.' })
  score!: number;
  @Field(() => [CustomerType]) customers!: CustomerType[];
}

@ObjectType()
export class DuplicateReasonCount {
  @Field(() => CandidateReasonEnum) reason!: CandidateReasonEnum;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class DuplicateCandidatesPage {
  @Field(() => [DuplicateGroupType]) groups!: DuplicateGroupType[];
  @Field(() => Int) totalCount!: number;
  @Field(() => [DuplicateReasonCount]) counts!: DuplicateReasonCount[];
  @Field(() => Date, {
    nullable: true,
    description:
      'When the candidates were last computed (a background job, about a minute after customers change).',
  })
  refreshedAt!: Date | null;
}

@ObjectType()
export class MovedBalanceType {
  @Field() currency!: string;
  @Field(() => Float) amount!: number;
}

@ObjectType({ description: 'What a merge moves (or moved) from the merged profile to the main.' })
export class MergeCountsType {
  @Field(() => Int) purchases!: number;
  @Field(() => Int) history!: number;
  @Field(() => Int) tags!: number;
  @Field(() => Int) groups!: number;
  @Field(() => Int) referrals!: number;
  @Field(() => Int) children!: number;
  @Field(() => [MovedBalanceType]) balances!: MovedBalanceType[];
}

@ObjectType()
export class CustomerMergeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) mainCustomerId!: string;
  @Field(() => ID) mergedCustomerId!: string;
  @Field() mergedAt!: Date;
  @Field({ description: 'Until when unmerge is allowed.' }) undoUntil!: Date;
  @Field(() => MergeCountsType) moved!: MergeCountsType;
}

@ObjectType({ description: 'Where a profile of this person came from; the first arrival is marked.' })
export class CustomerSourceType {
  @Field(() => ID, { description: 'The profile (the main itself or a child).' }) customerId!: string;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) subSource!: string | null;
  @Field() arrivedAt!: Date;
  @Field({ description: 'The first source this person came from.' }) first!: boolean;
  @Field({ description: 'A child profile (attached on arrival or merged).' }) child!: boolean;
}
