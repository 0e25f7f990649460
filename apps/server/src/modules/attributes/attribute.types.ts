import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { LocalizedText, LocalizedTextInput } from '../../graphql/localized-text.js';
import { ProblemType } from '../../graphql/problem.types.js';

export enum AttributeTypeEnum {
  TEXT = 'TEXT',
  LONG_TEXT = 'LONG_TEXT',
  NUMBER = 'NUMBER',
  MONEY = 'MONEY',
  DATE = 'DATE',
  DATETIME = 'DATETIME',
  BOOLEAN = 'BOOLEAN',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  URL = 'URL',
  ADDRESS = 'ADDRESS',
}
registerEnumType(AttributeTypeEnum, { name: 'AttributeType' });

@ObjectType()
export class AttributeChoice {
  @Field() value!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
}

@InputType()
export class AttributeChoiceInput {
  @Field() value!: string;
  @Field(() => LocalizedTextInput) label!: LocalizedTextInput;
}

@ObjectType()
export class AttributeGroup {
  @Field() key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => Int) position!: number;
}

@ObjectType({
  description: 'A rule a module adds on top of an attribute type; admins pick it for an attribute.',
})
export class AttributeFormat {
  @Field({ description: 'What attribute definitions name it by (their `format`).' }) key!: string;
  @Field(() => AttributeTypeEnum, { description: 'The type of the attributes it applies to.' })
  base!: AttributeTypeEnum;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true, description: 'A line under the input, e.g. "10 digits".' })
  hint!: LocalizedText | null;
  @Field({ description: 'The module that provides it.' }) module!: string;
}

@ObjectType()
export class AttributeDefinition {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => AttributeTypeEnum) type!: AttributeTypeEnum;
  @Field({ description: 'System attributes are built in: they cannot be retired or change type.' })
  system!: boolean;
  @Field() required!: boolean;
  @Field() unique!: boolean;
  @Field(() => JSONScalar, { nullable: true }) defaultValue!: unknown;
  @Field(() => LocalizedText, { nullable: true }) helpText!: LocalizedText | null;
  @Field({ description: 'Key of the group (card tab): main, demography, psychography, interests, …' })
  group!: string;
  @Field(() => Int) position!: number;
  @Field() shownInList!: boolean;
  @Field() filterable!: boolean;
  @Field() retired!: boolean;
  @Field(() => [AttributeChoice]) choices!: AttributeChoice[];
  @Field(() => String, {
    nullable: true,
    description:
      'Key of the format (attributeFormats) every value is checked and stored by, on top of the type.',
  })
  format!: string | null;
  @Field({
    description:
      'True when no enabled module provides the format any more: values are kept and checked as the type alone.',
  })
  formatMissing!: boolean;
  @Field(() => LocalizedText, { nullable: true, description: "The format's line under the input." })
  formatHint!: LocalizedText | null;
}

@InputType()
export class CreateAttributeDefinitionInput {
  @Field() key!: string;
  @Field(() => LocalizedTextInput) label!: LocalizedTextInput;
  @Field(() => AttributeTypeEnum) type!: AttributeTypeEnum;
  @Field({ defaultValue: false }) required!: boolean;
  @Field({ defaultValue: false }) unique!: boolean;
  @Field(() => JSONScalar, { nullable: true }) defaultValue?: unknown;
  @Field(() => LocalizedTextInput, { nullable: true }) helpText?: LocalizedTextInput | null;
  @Field() group!: string;
  @Field({ defaultValue: false }) shownInList!: boolean;
  @Field({ defaultValue: true }) filterable!: boolean;
  @Field(() => [AttributeChoiceInput], { nullable: true }) choices?: AttributeChoiceInput[] | null;
  @Field(() => String, { nullable: true, description: 'A format of the type (attributeFormats).' })
  format?: string | null;
}

@InputType()
export class UpdateAttributeDefinitionInput {
  @Field(() => LocalizedTextInput, { nullable: true }) label?: LocalizedTextInput | null;
  @Field(() => Boolean, { nullable: true }) required?: boolean | null;
  @Field(() => Boolean, { nullable: true }) unique?: boolean | null;
  @Field(() => JSONScalar, { nullable: true }) defaultValue?: unknown;
  @Field(() => LocalizedTextInput, { nullable: true }) helpText?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true }) group?: string | null;
  @Field(() => Boolean, { nullable: true }) shownInList?: boolean | null;
  @Field(() => Boolean, { nullable: true }) filterable?: boolean | null;
  @Field(() => [AttributeChoiceInput], { nullable: true }) choices?: AttributeChoiceInput[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      'A format of the type (attributeFormats); null removes it. Stored values stay as they are (attributeValuesCheck says which the format refuses).',
  })
  format?: string | null;
}

@ObjectType({ description: 'A stored value of an attribute and its customer, as a format check reports it.' })
export class StoredValueFinding {
  @Field(() => ID) customerId!: string;
  @Field(() => Int) customerNumber!: number;
  @Field(() => JSONScalar, { description: 'The value as stored.' }) value!: unknown;
  @Field(() => ProblemType, { nullable: true, description: 'Why the format refuses it.' })
  problem!: ProblemType | null;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'How the format writes a value that fits: what the next save of the customer stores.',
  })
  storedAs!: unknown;
}

@ObjectType({
  description:
    "What a format says of an attribute's stored values (of live customers). Nothing is rewritten: each value is checked again when its customer is next saved.",
})
export class AttributeValuesCheck {
  @Field({ description: 'The format checked by.' }) format!: string;
  @Field(() => Int, { description: 'Live customers with a value.' }) checked!: number;
  @Field(() => Int, { description: 'Values the format accepts, those it would write differently included.' })
  fit!: number;
  @Field(() => Int, {
    description:
      'Of those that fit, the ones not written the way the format stores them (e.g. dashes, Persian digits).',
  })
  rewritten!: number;
  @Field(() => Int) refused!: number;
  @Field(() => [StoredValueFinding], { description: 'The first refused values, in customer number order.' })
  firstRefused!: StoredValueFinding[];
  @Field(() => [StoredValueFinding], { description: 'The first values the format would write differently.' })
  firstRewritten!: StoredValueFinding[];
}
