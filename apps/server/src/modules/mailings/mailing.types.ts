import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { CustomerFilterInput } from '../customer-search/customer-search.types.js';
import type { MailingState, MessageState } from './mailing.js';
import type { ExclusionReason } from './mailing-audience.js';

export enum MailingStateEnum {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MailingStateEnum, { name: 'MailingState' });

export enum MailingMessageStateEnum {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
  UNSUBSCRIBED = 'UNSUBSCRIBED',
}
registerEnumType(MailingMessageStateEnum, { name: 'MailingMessageState' });

export enum MailingExclusionReasonEnum {
  MERGED = 'MERGED',
  DELETED = 'DELETED',
  ERASED = 'ERASED',
  INACTIVE = 'INACTIVE',
  NO_CONSENT = 'NO_CONSENT',
  NO_ADDRESS = 'NO_ADDRESS',
}
registerEnumType(MailingExclusionReasonEnum, {
  name: 'MailingExclusionReason',
  description: 'Why a customer of the audience gets no message (the first that applies).',
});

@InputType({ description: 'Exactly one of: a segment, a filter, a group, listed customers.' })
export class MailingAudienceInput {
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => CustomerFilterInput, { nullable: true }) filter?: CustomerFilterInput | null;
  @Field(() => ID, { nullable: true }) groupId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'At most 10,000.' }) customerIds?: string[] | null;
}

@ObjectType('MailingAudience')
export class MailingAudienceType {
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The filter tree, as CustomerFilterInput takes it.',
  })
  filter?: unknown;
  @Field(() => ID, { nullable: true }) groupId?: string | null;
  @Field(() => [ID], { nullable: true }) customerIds?: string[] | null;
}

@InputType()
export class MailingInput {
  @Field() name!: string;
  @Field({ description: 'The channel kind: EMAIL, SMS or TELEGRAM.' }) channel!: string;
  @Field(() => ID, { nullable: true, description: 'The message template; required before starting.' })
  templateId?: string | null;
  @Field(() => MailingAudienceInput) audience!: MailingAudienceInput;
  @Field(() => String, {
    nullable: true,
    description:
      "When to send, as local time in the workspace's zone (YYYY-MM-DDTHH:MM); null: when started.",
  })
  sendAt?: string | null;
  @Field(() => Int, { nullable: true, description: 'At most this many messages a minute; null: no limit.' })
  throttlePerMinute?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Purchases within this many days count for it (default 7).',
  })
  attributionDays?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Its links go through a tracked address of ours (an SMS’s, Telegram message’s or push notification’s through a short one), and an email’s HTML carries a tracking image (default true; null on update keeps it).',
  })
  trackClicks?: boolean | null;
}

@ObjectType('MailingCounts', { description: "A mailing's messages by state." })
export class MailingCountsType {
  @Field(() => Int) recipients!: number;
  @Field(() => Int) queued!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => Int) unsubscribed!: number;
  @Field(() => Int, { description: 'Messages whose recipient followed a link at least once.' })
  clicked!: number;
  @Field(() => Int, { description: 'Messages whose tracking image was loaded at least once.' })
  opened!: number;
}

@ObjectType('Mailing')
export class MailingType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() channel!: string;
  @Field(() => ID, { nullable: true }) templateId!: string | null;
  @Field(() => MailingAudienceType) audience!: MailingAudienceType;
  @Field(() => Date, { nullable: true, description: 'When it is to be sent; null: when started.' })
  scheduledAt!: Date | null;
  @Field(() => String, { nullable: true, description: "scheduledAt as local time in the workspace's zone." })
  sendAt!: string | null;
  @Field({ description: "The workspace's time zone (IANA)." }) timeZone!: string;
  @Field(() => Int, { nullable: true }) throttlePerMinute!: number | null;
  @Field(() => Int) attributionDays!: number;
  @Field({ description: 'Clicks of its messages’ links are tracked, and opens of its emails.' })
  trackClicks!: boolean;
  @Field(() => MailingStateEnum) state!: MailingState;
  @Field() createdByName!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => MailingCountsType) counts!: MailingCountsType;
}

@ObjectType('MailingPage')
export class MailingPageType {
  @Field(() => [MailingType]) nodes!: MailingType[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('MailingExclusion')
export class MailingExclusionType {
  @Field(() => MailingExclusionReasonEnum) reason!: ExclusionReason;
  @Field(() => Int) count!: number;
}

@ObjectType('MailingAudienceCount')
export class MailingAudienceCountType {
  @Field(() => Int, { description: 'Everyone the audience selects.' }) total!: number;
  @Field(() => Int, { description: 'Those a message would reach now.' }) reachable!: number;
  @Field(() => [MailingExclusionType]) excluded!: MailingExclusionType[];
}

@ObjectType('MailingStateCount')
export class MailingStateCountType {
  @Field(() => MailingMessageStateEnum) state!: MessageState;
  @Field(() => Int) count!: number;
}

@ObjectType('MailingReasonCount')
export class MailingReasonCountType {
  @Field({ description: 'A stable code: an exclusion reason, CANCELLED, or the channel’s failure code.' })
  reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('MailingAttribution')
export class MailingAttributionType {
  @Field(() => Int) purchases!: number;
  @Field(() => Int) customers!: number;
  @Field(() => Float, { description: 'Purchase amounts less returns.' }) revenue!: number;
}

@ObjectType('MailingReport')
export class MailingReportType {
  @Field(() => ID) mailingId!: string;
  @Field(() => MailingStateEnum, {
    description:
      'The mailing’s state, read before the counts: once it is SENT or CANCELLED the counts are final.',
  })
  mailingState!: MailingState;
  @Field(() => Int) attributionDays!: number;
  @Field(() => [MailingStateCountType]) byState!: MailingStateCountType[];
  @Field(() => [MailingReasonCountType]) failedByReason!: MailingReasonCountType[];
  @Field(() => [MailingReasonCountType]) skippedByReason!: MailingReasonCountType[];
  @Field(() => MailingAttributionType) attributed!: MailingAttributionType;
  @Field(() => Int, { description: 'Recipients who followed a link of their message.' }) clicked!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'clicked over the messages that reached the provider and did not fail (SENT, DELIVERED, UNSUBSCRIBED); null when none did.',
  })
  clickRate!: number | null;
  @Field(() => Int, { description: 'Recipients whose email’s tracking image was loaded.' }) opened!: number;
  @Field(() => Float, { nullable: true, description: 'opened over the same messages as clickRate.' })
  openRate!: number | null;
}
