import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';

export enum HistoryEventTypeEnum {
  CUSTOMER_CREATED = 'CUSTOMER_CREATED',
  CUSTOMER_UPDATED = 'CUSTOMER_UPDATED',
  CUSTOMER_ACTIVATED = 'CUSTOMER_ACTIVATED',
  CUSTOMER_DEACTIVATED = 'CUSTOMER_DEACTIVATED',
  CUSTOMER_DELETED = 'CUSTOMER_DELETED',
  CUSTOMER_TAGGED = 'CUSTOMER_TAGGED',
  BALANCE_CHANGED = 'BALANCE_CHANGED',
  PURCHASE_RECORDED = 'PURCHASE_RECORDED',
  PURCHASE_RETURNED = 'PURCHASE_RETURNED',
  TIER_CHANGED = 'TIER_CHANGED',
  GROUPS_CHANGED = 'GROUPS_CHANGED',
  RFM_CHANGED = 'RFM_CHANGED',
  REFERRAL_RECORDED = 'REFERRAL_RECORDED',
}
registerEnumType(HistoryEventTypeEnum, { name: 'HistoryEventType' });

@ObjectType()
export class FieldChange {
  @Field() key!: string;
  @Field(() => JSONScalar, { nullable: true }) oldValue!: unknown;
  @Field(() => JSONScalar, { nullable: true }) newValue!: unknown;
}

@ObjectType()
export class HistoryActor {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field() name!: string;
  @Field({ description: 'staff, plugin or system' }) kind!: string;
}

@ObjectType('HistoryEvent')
export class HistoryEventNode {
  @Field(() => ID) id!: string;
  @Field(() => HistoryEventTypeEnum) type!: HistoryEventTypeEnum;
  @Field() occurredAt!: Date;
  @Field(() => HistoryActor) actor!: HistoryActor;
  @Field(() => [FieldChange]) changes!: FieldChange[];
}

@ObjectType()
export class HistoryEventEdge {
  @Field() cursor!: string;
  @Field(() => HistoryEventNode) node!: HistoryEventNode;
}

@ObjectType()
export class HistoryEventConnection {
  @Field(() => [HistoryEventEdge]) edges!: HistoryEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
