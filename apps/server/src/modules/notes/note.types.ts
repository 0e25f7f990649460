import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info.js';

@ObjectType('NoteMention', { description: 'A staff member a note mentions.' })
export class NoteMentionType {
  @Field(() => ID) staffId!: string;
  @Field({ description: 'Their name now (as the body wrote it if they are no longer in the directory).' })
  name!: string;
}

@ObjectType('Note', { description: "A staff member's note on a customer's card." })
export class NoteType {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID, { nullable: true, description: 'Null once the author’s account is gone.' })
  authorId!: string | null;
  @Field() authorName!: string;
  @Field({
    description:
      'Plain text with line breaks (never HTML); a mention is written @[Name](staff id). Render it as text.',
  })
  body!: string;
  @Field(() => [NoteMentionType]) mentions!: NoteMentionType[];
  @Field() pinned!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class NoteEdge {
  @Field() cursor!: string;
  @Field(() => NoteType) node!: NoteType;
}

@ObjectType()
export class NoteConnection {
  @Field(() => [NoteEdge]) edges!: NoteEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('MentionableStaff', { description: 'An active staff member who can be mentioned in a note.' })
export class MentionableStaffType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@InputType()
export class AddNoteInput {
  @Field(() => ID) customerId!: string;
  @Field({
    description: 'Plain text, up to 10,000 characters; mention staff as @[Name](staff id).',
  })
  body!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) pinned?: boolean | null;
}

@InputType()
export class EditNoteInput {
  @Field() body!: string;
}
