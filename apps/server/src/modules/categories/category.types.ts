import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Category')
export class CategoryType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: '#rrggbb' }) color!: string;
}

@InputType()
export class CategoryInput {
  @Field() name!: string;
  @Field({ description: '#rrggbb' }) color!: string;
}
