import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';
import { PageInfo } from '../../graphql/page-info.js';
import { LocaleEnum } from '../auth/auth.types.js';

export enum NewsStatusEnum {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  EXPIRED = 'EXPIRED',
}
registerEnumType(NewsStatusEnum, {
  name: 'NewsStatus',
  description:
    'DRAFT (not published), SCHEDULED (publishAt ahead), LIVE (shown now), EXPIRED (past expiresAt).',
});

@InputType('NewsPostInput')
export class NewsPostInput {
  @Field(() => LocalizedTextInput, {
    description: 'Up to 200 characters in each language; a language written needs its title and body.',
  })
  title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { description: 'Plain text, up to 10,000 characters in each language.' })
  body!: LocalizedTextInput;
  @Field(() => ID, { nullable: true, description: 'A saved segment: only its members see the post.' })
  segmentId?: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When it appears; left out: now, or, on an update, when it already appeared.',
  })
  publishAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it stops showing; after publishAt.' })
  expiresAt?: Date | null;
  @Field({ defaultValue: false, description: 'Pinned posts come first.' }) pinned!: boolean;
  @Field({ defaultValue: false, description: 'Kept unpublished (publishAt is cleared).' }) draft!: boolean;
}

@ObjectType('NewsPost', { description: 'A news post as staff write it.' })
export class NewsPostType {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => LocalizedText) body!: LocalizedText;
  @Field(() => ID, { nullable: true }) segmentId!: string | null;
  /** The segment's name as stored; the API shows it only to those who may see the segment. */
  segmentName!: string | null;
  @Field(() => Date, { nullable: true, description: 'Null for a draft.' }) publishAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field() pinned!: boolean;
  @Field(() => NewsStatusEnum) status!: NewsStatusEnum;
  @Field(() => Int, { description: 'How many customers have opened it.' }) readCount!: number;
  @Field() createdByName!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('NewsPostPage')
export class NewsPostPage {
  @Field(() => [NewsPostType]) items!: NewsPostType[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('MyNewsItem', { description: 'A news post as its customer reads it, in one language.' })
export class MyNewsItemType {
  @Field(() => ID) id!: string;
  @Field(() => LocaleEnum, { description: 'The one asked for when the post is written in it, else another.' })
  language!: LocaleEnum;
  @Field() title!: string;
  @Field() body!: string;
  @Field() publishedAt!: Date;
  @Field() pinned!: boolean;
  @Field({ description: 'Whether the customer has opened it.' }) read!: boolean;
}

@ObjectType('MyNewsEdge')
export class MyNewsEdge {
  @Field() cursor!: string;
  @Field(() => MyNewsItemType) node!: MyNewsItemType;
}

@ObjectType('MyNewsConnection')
export class MyNewsConnection {
  @Field(() => [MyNewsEdge]) edges!: MyNewsEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
