import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType()
export class LocalizedText {
  @Field(() => String, { nullable: true }) en?: string | null;
  @Field(() => String, { nullable: true }) ru?: string | null;
  @Field(() => String, { nullable: true }) fa?: string | null;
}

@InputType()
export class LocalizedTextInput {
  @Field(() => String, { nullable: true }) en?: string | null;
  @Field(() => String, { nullable: true }) ru?: string | null;
  @Field(() => String, { nullable: true }) fa?: string | null;
}
