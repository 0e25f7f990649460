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
  @Field(() => [String], {
    description:
      'When shared: the roles that see it besides its owner and admins; empty for the whole workspace.',
  })
  sharedWithRoles!: string[];
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
  @Field(() => [String], {
    nullable: true,
    description:
      'Role keys to share with (only when shared); empty shares with the whole workspace; left out, an update keeps them.',
  })
  sharedWithRoles?: string[] | null;
  @Field(() => CustomerFilterInput, { nullable: true }) filter?: CustomerFilterInput | null;
  @Field(() => [String], { nullable: true, defaultValue: [] }) search?: string[] | null;
}
