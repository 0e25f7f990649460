import type { PatronModule } from '@patron/sdk';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';

/** The history event types of the enabled modules (historyEventTypes), filled before the schema is built. */
export const HistoryEventTypeEnum: Record<string, string> = {};
registerEnumType(HistoryEventTypeEnum, {
  name: 'HistoryEventType',
  description: 'What happened to a customer; each module declares the types it writes.',
});

/** Makes the HistoryEventType enum the types these modules declare. */
export function declareHistoryTypes(modules: readonly PatronModule[]): void {
  for (const key of Object.keys(HistoryEventTypeEnum)) delete HistoryEventTypeEnum[key];
  for (const { type } of modules.flatMap((m) => m.historyEventTypes ?? [])) {
    if (type in HistoryEventTypeEnum) throw new Error(`Two modules declare the history event type ${type}`);
    HistoryEventTypeEnum[type] = type;
  }
}

@ObjectType()
export class FieldChange {
  @Field() key!: string;
  @Field(() => JSONScalar, { nullable: true }) oldValue!: unknown;
  @Field(() => JSONScalar, { nullable: true }) newValue!: unknown;
  @Field({
    description: "True when the values were dropped because the customer's personal data was erased.",
  })
  erased!: boolean;
}

@ObjectType()
export class HistoryActor {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field() name!: string;
  @Field({ description: 'staff, apiKey (a partner app), plugin or system' }) kind!: string;
}

@ObjectType('HistoryEvent')
export class HistoryEventNode {
  @Field(() => ID) id!: string;
  @Field(() => HistoryEventTypeEnum) type!: string;
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
