import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info.js';

export enum WebhookDeliveryStateEnum {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(WebhookDeliveryStateEnum, {
  name: 'WebhookDeliveryState',
  description:
    'PENDING (to be sent, or waiting for a retry), DELIVERED (a 2xx answer), FAILED (after the last retry) or CANCELLED (its webhook was disabled).',
});

@ObjectType('WebhookAttempt', { description: 'One POST of a delivery.' })
export class WebhookAttemptType {
  @Field() at!: Date;
  @Field(() => Int, { nullable: true, description: 'The receiver’s HTTP status; null when none came.' })
  status!: number | null;
  @Field(() => String, { nullable: true, description: 'Why it failed: the start of the answer, a timeout…' })
  error!: string | null;
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one webhook.' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Sent as the Patron-Delivery header: receivers dedupe on it.' })
  id!: string;
  @Field(() => ID) webhookId!: string;
  @Field(() => String, { nullable: true, description: 'The customer event’s id; null for a ping.' })
  eventId!: string | null;
  @Field({ description: 'The event type, e.g. customer.created, or ping.' }) type!: string;
  @Field(() => WebhookDeliveryStateEnum) state!: WebhookDeliveryStateEnum;
  @Field(() => [WebhookAttemptType], { description: 'Every attempt, oldest first.' })
  attempts!: WebhookAttemptType[];
  @Field(() => Date, { nullable: true, description: 'When it is tried next, while PENDING.' })
  nextAttemptAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('Webhook', { description: 'Where a partner app wants the workspace’s customer events sent.' })
export class WebhookType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'An https:// address of a public host.' }) url!: string;
  @Field(() => [String], { description: 'Event types (see webhookEventTypes), or ["*"] for every one.' })
  events!: string[];
  @Field({ description: 'A disabled webhook is sent nothing; disabling cancels its pending deliveries.' })
  enabled!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('WebhookWithSecret', { description: 'A webhook and its signing secret, shown this once.' })
export class WebhookWithSecretType {
  @Field(() => WebhookType) webhook!: WebhookType;
  @Field({ description: 'Keys the HMAC-SHA256 of Patron-Signature; never shown again.' }) secret!: string;
}

@ObjectType()
export class WebhookDeliveryEdge {
  @Field() cursor!: string;
  @Field(() => WebhookDeliveryType) node!: WebhookDeliveryType;
}

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge]) edges!: WebhookDeliveryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class WebhookInput {
  @Field({ description: '100 characters at most.' }) name!: string;
  @Field({
    description:
      'https:// to a public host (WEBHOOK_URL_NOT_HTTPS, WEBHOOK_URL_PRIVATE); 2000 characters at most.',
  })
  url!: string;
  @Field(() => [String], { description: 'Event types to send, or "*" for every one.' }) events!: string[];
  @Field(() => Boolean, {
    nullable: true,
    description: 'Default: enabled when created, unchanged on update.',
  })
  enabled?: boolean | null;
}
