import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Tag')
export class TagType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: '#rrggbb' }) color!: string;
}

@InputType()
export class TagInput {
  @Field() name!: string;
  @Field({ description: '#rrggbb' }) color!: string;
}
