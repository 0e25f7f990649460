import type { PatronModule } from '@patron/sdk';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';
import { HistoryActor } from '../history/history.types.js';

/** The audit event types of the enabled modules (auditEventTypes), filled before the schema is built. */
export const AuditEventTypeEnum: Record<string, string> = {};
registerEnumType(AuditEventTypeEnum, {
  name: 'AuditEventType',
  description: 'What was done, as the audit log says it; each module declares the types it writes.',
});

/** The audit event types these modules declare; two modules declaring one type is an error. */
export function auditTypesOf(modules: readonly PatronModule[]): string[] {
  const types = new Set<string>();
  for (const type of modules.flatMap((m) => m.auditEventTypes ?? [])) {
    if (types.has(type)) throw new Error(`Two modules declare the audit event type ${type}`);
    if (!/^[A-Z][A-Z0-9_]*$/.test(type)) throw new Error(`The audit event type ${type} is not UPPER_SNAKE`);
    types.add(type);
  }
  return [...types];
}

/** Makes the AuditEventType enum the types these modules declare. */
export function declareAuditTypes(modules: readonly PatronModule[]): void {
  const types = auditTypesOf(modules);
  for (const key of Object.keys(AuditEventTypeEnum)) delete AuditEventTypeEnum[key];
  for (const type of types) AuditEventTypeEnum[type] = type;
}

@ObjectType('AuditEvent', {
  description:
    'Something done to the workspace rather than to one customer: staff, roles, keys and sign-ins, settings, exports and reports, channels, webhooks, branches, products, gift cards, jobs and the other types modules declare.',
})
export class AuditEventNode {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field({
    description:
      'An AuditEventType value (e.g. STAFF_CREATED, SIGN_IN_LOCKED); text, as an event of a since-disabled plugin keeps its type.',
  })
  type!: string;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field(() => String, {
    nullable: true,
    description: 'What it is about: a staff member, a key, an email, an export, a branch…',
  })
  subject!: string | null;
  @Field(() => JSONScalar, {
    description:
      'What the event keeps beside its subject, by type (a role change its old and new role, an export its format and selection).',
  })
  details!: Record<string, unknown>;
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor!: string;
  @Field(() => AuditEventNode) node!: AuditEventNode;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
