import { Field, ID, ObjectType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';
import { HistoryActor } from '../history/history.types.js';

@ObjectType('AuditEvent', {
  description: 'Something done to the workspace’s staff, roles, keys or sign-ins.',
})
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field({ description: 'e.g. STAFF_CREATED, STAFF_DEACTIVATED, ROLE_CHANGED, SIGN_IN_LOCKED.' })
  type!: string;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field(() => String, { nullable: true, description: 'What it is about: a staff member, a key, an email.' })
  subject!: string | null;
  @Field(() => JSONScalar) details!: Record<string, unknown>;
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor!: string;
  @Field(() => AuditEventType) node!: AuditEventType;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
