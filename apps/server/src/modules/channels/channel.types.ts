import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../graphql/localized-text.js';

@ObjectType('ChannelSettingChoice')
export class ChannelSettingChoiceType {
  @Field() value!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
}

@ObjectType('ChannelSettingField', { description: 'One setting a provider asks for.' })
export class ChannelSettingFieldType {
  @Field() key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field() required!: boolean;
  @Field(() => LocalizedText, {
    nullable: true,
    description: 'A line under the field: where the value comes from.',
  })
  help!: LocalizedText | null;
  @Field({ description: 'Stored encrypted and never read back: the form only writes it.' })
  secret!: boolean;
  @Field(() => [String], { nullable: true, description: 'The values allowed, when it is a choice.' })
  choices!: string[] | null;
  @Field(() => [ChannelSettingChoiceType], {
    nullable: true,
    description: 'The choices with what the form shows for each (the value itself when it has no label).',
  })
  choiceLabels!: ChannelSettingChoiceType[] | null;
}

@ObjectType('ChannelProvider', { description: 'A way of reaching customers an installed module brings.' })
export class ChannelProviderType {
  @Field({ description: 'Unique, lower-kebab: smtp, telegram-bot…' }) provider!: string;
  @Field({ description: 'What its messages travel as: EMAIL, SMS, TELEGRAM…' }) kind!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field({ description: 'The consent a customer must hold to receive its messages.' }) consent!: string;
  @Field(() => [ChannelSettingFieldType]) settings!: ChannelSettingFieldType[];
  @Field({ description: 'Whether it posts delivery reports to the account’s webhook.' })
  receivesDeliveryReports!: boolean;
}

@ObjectType('ChannelSetting')
export class ChannelSettingType {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType('ChannelAccount', { description: "A workspace's account with a channel provider." })
export class ChannelAccountType {
  @Field(() => ID) id!: string;
  @Field() provider!: string;
  @Field() kind!: string;
  @Field() name!: string;
  @Field() enabled!: boolean;
  @Field({ description: 'Messages of its kind go through the default account.' }) isDefault!: boolean;
  @Field(() => [ChannelSettingType], { description: 'The settings that are not secret.' })
  settings!: ChannelSettingType[];
  @Field(() => [String], { description: 'Which secret settings have a value stored (never the values).' })
  secretsSet!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'Where the provider posts delivery reports; null when it sends none.',
  })
  webhookUrl!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class ChannelSettingInput {
  @Field() key!: string;
  @Field(() => String, {
    nullable: true,
    description: 'For a secret: null keeps the stored value, an empty string removes it.',
  })
  value!: string | null;
}

@InputType()
export class SaveChannelAccountInput {
  @Field(() => ID, { nullable: true, description: 'Absent for a new account.' }) id?: string | null;
  @Field() provider!: string;
  @Field() name!: string;
  @Field(() => Boolean, { defaultValue: true }) enabled!: boolean;
  @Field(() => Boolean, { defaultValue: false }) isDefault!: boolean;
  @Field(() => [ChannelSettingInput]) settings!: ChannelSettingInput[];
}

@ObjectType('SendOutcome', { description: 'What the provider did with a message.' })
export class SendOutcomeType {
  @Field(() => ID) accountId!: string;
  @Field() ok!: boolean;
  @Field(() => String, { nullable: true }) providerMessageId!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'When not ok: whether it may work later.' })
  retryable!: boolean | null;
  @Field(() => String, { nullable: true, description: 'When not ok: a stable code (a ProblemCode).' })
  reason!: string | null;
  @Field(() => String, { nullable: true, description: "The provider's own words, when it gave any." })
  detail!: string | null;
}
