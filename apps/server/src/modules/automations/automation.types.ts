import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { PageInfo } from '../../graphql/page-info.js';
import { CustomerFilterInput } from '../customer-search/customer-search.types.js';
import { ACTION_KINDS, type ActionKindName } from './actions.js';
import { TRIGGER_KINDS, type TriggerKind } from './triggers.js';

const enumOf = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>;

export const AutomationTriggerKind = enumOf(TRIGGER_KINDS);
registerEnumType(AutomationTriggerKind, {
  name: 'AutomationTriggerKind',
  description:
    'JOINED, PURCHASE_RECORDED, BALANCE_CHANGED { currency? }, TIER_CHANGED { tier? } (events); BIRTHDAY, DATE_ANNIVERSARY { attribute }, POINTS_EXPIRING { days 1–365, currency? }, NO_PURCHASE { days 1–3650 } (daily, in the workspace time zone)',
});

/** Made from the action table (actions.ts): a new action kind appears here by itself. */
export const AutomationActionKind = enumOf(ACTION_KINDS);
registerEnumType(AutomationActionKind, {
  name: 'AutomationActionKind',
  description:
    'GRANT_POINTS { currency, amount, expiresInDays? }, ADD_TAG { tagId }, SEND_MESSAGE { channel, templateId } (a template of that channel)',
});

export enum AutomationActionState {
  DONE = 'DONE',
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
}
registerEnumType(AutomationActionState, {
  name: 'AutomationActionState',
  description:
    'DONE; SKIPPED: did not apply to the customer (code NO_CONSENT, NO_ADDRESS, a template variable without a value), the run goes on; FAILED: code says why',
});

export enum AutomationRunState {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(AutomationRunState, {
  name: 'AutomationRunState',
  description: 'PENDING: being done; DONE; FAILED: an action failed (retried while retryAt is set)',
});

@InputType()
export class AutomationTriggerInput {
  @Field(() => AutomationTriggerKind) kind!: TriggerKind;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The settings of the kind (see AutomationTriggerKind).',
  })
  params?: unknown;
}

@InputType()
export class AutomationActionInput {
  @Field(() => AutomationActionKind) kind!: ActionKindName;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The settings of the kind (see AutomationActionKind).',
  })
  params?: unknown;
}

@InputType()
export class AutomationInput {
  @Field() name!: string;
  @Field(() => AutomationTriggerInput) trigger!: AutomationTriggerInput;
  @Field(() => CustomerFilterInput, {
    nullable: true,
    description: 'The condition: only customers it matches run (none: every active customer).',
  })
  filter?: CustomerFilterInput | null;
  @Field(() => [AutomationActionInput], { description: 'Done in order; at most 10.' })
  actions!: AutomationActionInput[];
}

@ObjectType()
export class AutomationTrigger {
  @Field(() => AutomationTriggerKind) kind!: TriggerKind;
  @Field(() => JSONScalar) params!: unknown;
}

@ObjectType()
export class AutomationAction {
  @Field(() => AutomationActionKind) kind!: ActionKindName;
  @Field(() => JSONScalar) params!: unknown;
}

@ObjectType('AutomationTemplate', { description: 'A message template an automation sends, named.' })
export class AutomationTemplateType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Automation')
export class AutomationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => AutomationTrigger) trigger!: AutomationTrigger;
  /** Resolved in the API's filter spelling. */
  condition!: unknown;
  @Field(() => [AutomationAction]) actions!: AutomationAction[];
  @Field() paused!: boolean;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class AutomationActionOutcome {
  @Field(() => AutomationActionKind) kind!: string;
  @Field(() => AutomationActionState) state!: string;
  @Field(() => String, { nullable: true, description: 'Why it was skipped or failed.' }) code?: string | null;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'What was done (amount, tag, template, channel…).',
  })
  detail?: unknown;
}

@ObjectType()
export class AutomationRunType {
  @Field(() => ID) id!: string;
  @Field(() => ID) automationId!: string;
  @Field(() => ID) customerId!: string;
  @Field({ description: "The customer's name now (empty when erased or unnamed)." }) customerName!: string;
  @Field(() => Int) customerNumber!: number;
  @Field({
    description: 'What the run is for: birthday:2027, purchase:<id>, tier:<event id>, inactive:<date>…',
  })
  occurrence!: string;
  @Field(() => AutomationRunState) state!: AutomationRunState;
  @Field(() => [AutomationActionOutcome], {
    description: "Each action's outcome by position; missing: not yet done.",
  })
  outcomes!: AutomationActionOutcome[];
  @Field(() => String, { nullable: true }) errorCode!: string | null;
  @Field(() => Int) attempts!: number;
  @Field(() => Date, { nullable: true, description: 'When a failed run is tried again; null: not again.' })
  retryAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class AutomationRunEdge {
  @Field() cursor!: string;
  @Field(() => AutomationRunType) node!: AutomationRunType;
}

@ObjectType()
export class AutomationRunConnection {
  @Field(() => [AutomationRunEdge]) edges!: AutomationRunEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
