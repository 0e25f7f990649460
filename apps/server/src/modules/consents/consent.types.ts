import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { HistoryActor } from '../history/history.types.js';
import type { ConsentState } from './consent.service.js';
import type { CaptureChannel, ConsentKind } from './consent-kinds.js';
import type { Contact, VerificationStatus } from './verification.service.js';

export enum ConsentKindEnum {
  PERSONAL_DATA = 'PERSONAL_DATA',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  PUSH = 'PUSH',
  TELEGRAM = 'TELEGRAM',
  WHATSAPP = 'WHATSAPP',
}
registerEnumType(ConsentKindEnum, {
  name: 'ConsentKind',
  description: 'Personal data processing, or marketing through one channel.',
});

export enum ConsentStateEnum {
  GRANTED = 'GRANTED',
  WITHDRAWN = 'WITHDRAWN',
  NOT_ASKED = 'NOT_ASKED',
}
registerEnumType(ConsentStateEnum, { name: 'ConsentState' });

export enum CaptureChannelEnum {
  IN_STORE = 'IN_STORE',
  PAPER_FORM = 'PAPER_FORM',
  WEBSITE = 'WEBSITE',
  APP = 'APP',
  PHONE_CALL = 'PHONE_CALL',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  MESSENGER = 'MESSENGER',
  API = 'API',
  IMPORT = 'IMPORT',
  OTHER = 'OTHER',
}
registerEnumType(CaptureChannelEnum, {
  name: 'ConsentCaptureChannel',
  description: 'How the customer gave or withdrew a consent.',
});

export enum VerificationStatusEnum {
  NEW = 'NEW',
  VERIFIED = 'VERIFIED',
  UNCONFIRMED = 'UNCONFIRMED',
}
registerEnumType(VerificationStatusEnum, {
  name: 'VerificationStatus',
  description: 'NEW until a manager verifies; a verified profile whose data changes becomes UNCONFIRMED.',
});

export enum ContactEnum {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}
registerEnumType(ContactEnum, { name: 'VerifiableContact' });

@ObjectType('ConsentRecord', { description: 'One grant or withdrawal, as recorded; never changed.' })
export class ConsentRecordType {
  @Field(() => ID) id!: string;
  @Field(() => ConsentKindEnum) kind!: ConsentKind;
  @Field() granted!: boolean;
  @Field({ description: 'When the customer gave or withdrew it.' }) at!: Date;
  @Field({ description: 'When it was recorded.' }) recordedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Where: a store, a form, a campaign…' })
  source!: string | null;
  @Field(() => CaptureChannelEnum) capturedVia!: CaptureChannel;
  @Field(() => HistoryActor) actor!: HistoryActor;
}

@ObjectType('CustomerConsent', { description: "A consent's current state, from its latest record." })
export class CustomerConsentType {
  @Field(() => ConsentKindEnum) kind!: ConsentKind;
  @Field(() => ConsentStateEnum) state!: ConsentState;
  @Field(() => ConsentRecordType, { nullable: true }) record!: ConsentRecordType | null;
}

@ObjectType('ConsentRecordPage')
export class ConsentRecordPage {
  @Field(() => [ConsentRecordType]) records!: ConsentRecordType[];
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('ConsentAt', { description: 'The consent in force at a moment.' })
export class ConsentAtType {
  @Field({ description: 'True when the record in force then is a grant.' }) granted!: boolean;
  @Field(() => ConsentRecordType, { nullable: true, description: 'The record in force, if any.' })
  record!: ConsentRecordType | null;
}

@ObjectType('CustomerVerification')
export class VerificationType {
  @Field(() => VerificationStatusEnum) status!: VerificationStatus;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who verified it last.' }) verifiedBy!: string | null;
  @Field() phoneVerified!: boolean;
  @Field() emailVerified!: boolean;
}

@InputType()
export class ConsentChangeInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ConsentKindEnum) kind!: ConsentKind;
  @Field(() => CaptureChannelEnum, { description: 'How the customer gave or withdrew it.' })
  capturedVia!: CaptureChannel;
  @Field(() => String, { nullable: true, description: 'Where (at most 200 characters).' })
  source?: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the customer did it (not in the future, not before its last record); now when left out.',
  })
  at?: Date | null;
}

@InputType()
export class ContactVerificationInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ContactEnum) contact!: Contact;
  @Field() verified!: boolean;
}

export const CONSENT_PAGE_MAX = 200;
