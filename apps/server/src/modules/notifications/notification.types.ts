import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';

@ObjectType('Notification', { description: 'A notice for the signed-in staff member (the bell).' })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field({
    description:
      'What happened, declared by the module that wrote it: import.finished, import.failed, export.ready, job.failed, mention… The SPA words known kinds from params and shows a generic text for others.',
  })
  kind!: string;
  @Field(() => JSONScalar, { description: 'The facts the text is made from, e.g. { fileName, rows }.' })
  params!: Record<string, unknown>;
  @Field(() => String, {
    nullable: true,
    description: 'Where a click leads: an app route (#/imports/ID) or a download (/files/ID).',
  })
  link!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was marked read; null while unread.' })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationEdge {
  @Field() cursor!: string;
  @Field(() => NotificationType) node!: NotificationType;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges!: NotificationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
