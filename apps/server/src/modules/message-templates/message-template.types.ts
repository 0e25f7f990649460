import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocaleEnum } from '../auth/auth.types.js';

@ObjectType('MessageTemplateContent', { description: 'A template in one language.' })
export class MessageTemplateContentType {
  @Field(() => LocaleEnum) language!: LocaleEnum;
  @Field(() => String, { nullable: true, description: 'Email only.' }) subject!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => String, { nullable: true, description: 'Email only.' }) html!: string | null;
}

@ObjectType('MessageTemplate', {
  description:
    'A message per language with Liquid variables ({{ customer.first_name }}…), checked when saved.',
})
export class MessageTemplateType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The channel kind it is written for: EMAIL, SMS, TELEGRAM or a plugin’s.' })
  channel!: string;
  @Field(() => [MessageTemplateContentType], { description: 'In the order en, ru, fa.' })
  contents!: MessageTemplateContentType[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class MessageTemplateContentInput {
  @Field(() => LocaleEnum) language!: LocaleEnum;
  @Field(() => String, { nullable: true, description: 'Required for EMAIL; no other channel has one.' })
  subject?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Required, except for an EMAIL that has HTML (its text is then made from the HTML).',
  })
  text?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'EMAIL only; values written into it are HTML-escaped.',
  })
  html?: string | null;
}

@InputType()
export class MessageTemplateInput {
  @Field({ description: 'Unique in the workspace, at most 100 characters.' }) name!: string;
  @Field({ description: 'EMAIL, SMS, TELEGRAM or a plugin channel’s kind (UPPER_SNAKE).' }) channel!: string;
  @Field(() => [MessageTemplateContentInput], { description: 'One per language, at least one.' })
  contents!: MessageTemplateContentInput[];
}

@ObjectType('SmsLength', {
  description: 'How an SMS travels: GSM_7 or UCS_2, its length in those units, its parts.',
})
export class SmsLengthType {
  @Field() encoding!: string;
  @Field(() => Int) characters!: number;
  @Field(() => Int) parts!: number;
  @Field(() => Int, { description: 'What one part holds: 160 / 70 alone, 153 / 67 once split.' })
  perPart!: number;
}

@ObjectType('TemplatePreviewProblem', { description: 'Why this customer would get no message.' })
export class TemplatePreviewProblemType {
  @Field({ description: 'TEMPLATE_VARIABLE_MISSING or TEMPLATE_RENDER_FAILED.' }) code!: string;
  @Field(() => String, { nullable: true, description: 'The variable without a value.' }) variable!:
    | string
    | null;
  @Field(() => String, { nullable: true }) message!: string | null;
}

@ObjectType('TemplatePreview', { description: 'A template rendered for one customer, or why it cannot be.' })
export class TemplatePreviewType {
  @Field(() => LocaleEnum, { nullable: true }) language!: LocaleEnum | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => String, { nullable: true, description: 'Show it in a sandboxed frame, never in the page.' })
  html!: string | null;
  @Field(() => SmsLengthType, {
    nullable: true,
    description: 'For an SMS template: the rendered text’s length.',
  })
  smsLength!: SmsLengthType | null;
  @Field(() => TemplatePreviewProblemType, { nullable: true }) problem!: TemplatePreviewProblemType | null;
}
