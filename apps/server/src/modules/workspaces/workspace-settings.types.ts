import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('LifecycleRules')
export class LifecycleRulesType {
  @Field(() => Int, { description: 'A customer who joined fewer days ago than this is New.' })
  newDays!: number;
  @Field(() => Int, {
    description: 'Otherwise Active with a purchase fewer days ago than this; At risk past it.',
  })
  atRiskDays!: number;
  @Field(() => Int, {
    description:
      'Lost when the last purchase (or joining, without a purchase) is at least this many days ago; more than atRiskDays.',
  })
  lostDays!: number;
}

@ObjectType('QuietHours', {
  description: 'Local times between which no message leaves (start after end spans midnight).',
})
export class QuietHoursType {
  @Field({ description: 'HH:MM, local to the workspace.' }) start!: string;
  @Field({ description: 'HH:MM, local to the workspace.' }) end!: string;
}

@InputType()
export class QuietHoursInput {
  @Field() start!: string;
  @Field() end!: string;
}

@ObjectType('WorkspaceSettings')
export class WorkspaceSettingsType {
  @Field() name!: string;
  @Field({
    description:
      'ISO 3166 country code (IR, RU, …): phone numbers written without a country code (09121234567, 9161234567) are read as numbers of this country, in forms, the API and imports.',
  })
  defaultPhoneCountry!: string;
  @Field(() => LifecycleRulesType, {
    description: 'The rules of the lifecycle stage (new, active, at risk, lost).',
  })
  lifecycle!: LifecycleRulesType;
  @Field(() => [String], {
    nullable: true,
    description: 'Attribute keys profile completeness counts; null: every attribute not retired.',
  })
  completenessAttributes!: string[] | null;
  @Field({
    description:
      "IANA time zone (Asia/Tehran, Europe/Moscow…): birthdays, scheduled mailings and automations follow the workspace's local days.",
  })
  timeZone!: string;
  @Field(() => QuietHoursType, { nullable: true, description: 'When no message leaves; null: any time.' })
  quietHours!: QuietHoursType | null;
  @Field({
    description:
      "Whether people may join the club by themselves on the customers' pages (name, mobile, an SMS code, a password).",
  })
  selfSignUp!: boolean;
  @Field(() => [String], {
    description:
      'Role keys whose holders must sign in with two-factor: until they turn it on, everything but setting it up is refused with TWO_FACTOR_SETUP_REQUIRED.',
  })
  twoFactorRequiredRoles!: string[];
}

@InputType()
export class LifecycleRulesInput {
  @Field(() => Int) newDays!: number;
  @Field(() => Int) atRiskDays!: number;
  @Field(() => Int) lostDays!: number;
}

@InputType()
export class WorkspaceSettingsInput {
  @Field(() => String, { nullable: true }) defaultPhoneCountry?: string | null;
  @Field(() => LifecycleRulesInput, { nullable: true }) lifecycle?: LifecycleRulesInput | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Omitted: unchanged; null: every attribute not retired again.',
  })
  completenessAttributes?: string[] | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => QuietHoursInput, { nullable: true, description: 'Omitted: unchanged; null: no quiet hours.' })
  quietHours?: QuietHoursInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Omitted: unchanged.' })
  selfSignUp?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Role keys; omitted or null: unchanged, []: none.' })
  twoFactorRequiredRoles?: string[] | null;
}
