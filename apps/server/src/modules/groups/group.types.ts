import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CustomerFilterInput } from '../customer-search/customer-search.types.js';

@ObjectType('CustomerGroup')
export class CustomerGroupType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() createdAt!: Date;
}

@InputType()
export class CustomerGroupInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: 'Exactly one of: ids (at most 1000), or a question (filter/search/segmentId).' })
export class GroupMemberSelection {
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => CustomerFilterInput, { nullable: true }) filter?: CustomerFilterInput | null;
  @Field(() => [String], { nullable: true }) search?: string[] | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
}

@ObjectType()
export class GroupMembershipResult {
  @Field(() => Int, { description: 'Customers added (or removed); those already so are not counted.' })
  changed!: number;
}
