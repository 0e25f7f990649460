import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';

@ObjectType('Branch', { description: 'A shop of the workspace, where purchases are recorded.' })
export class BranchType {
  @Field(() => ID) id!: string;
  @Field({
    description:
      'What purchases, the import and API callers name the branch by: 1–31 lower-case Latin letters, digits or _, fixed once given.',
  })
  code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field() address!: string;
  @Field({ description: 'An inactive branch takes no new purchases.' }) active!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class BranchInput {
  @Field(() => String, {
    nullable: true,
    description: 'Required when creating (lower-cased); fixed afterwards: another one is BRANCH_CODE_FIXED.',
  })
  code?: string | null;
  @Field(() => LocalizedTextInput, { description: 'In at least one language, 60 characters at most.' })
  name!: LocalizedTextInput;
  @Field(() => String, { nullable: true, description: '300 characters at most.' }) address?: string | null;
}
