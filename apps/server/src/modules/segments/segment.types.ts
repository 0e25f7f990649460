import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CustomerFilterInput } from '../customer-search/customer-search.types.js';

@ObjectType()
export class SegmentOwner {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Segment')
export class SegmentType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() shared!: boolean;
  /** Resolved by SegmentResolver.filter in the API's spelling. */
  filter!: unknown;
  @Field(() => [String]) search!: string[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  ownerId!: string;
}

@InputType()
export class SegmentInput {
  @Field() name!: string;
  @Field({ defaultValue: false }) shared!: boolean;
  @Field(() => CustomerFilterInput, { nullable: true }) filter?: CustomerFilterInput | null;
  @Field(() => [String], { nullable: true, defaultValue: [] }) search?: string[] | null;
}
