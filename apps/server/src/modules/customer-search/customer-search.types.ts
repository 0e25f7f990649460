import type { FieldKind, Operator } from '@patron/filter';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../../graphql/json.js';
import { LocalizedText } from '../../graphql/localized-text.js';
import { AttributeTypeEnum } from '../attributes/attribute.types.js';

export enum FilterOperatorEnum {
  EQ = 'eq',
  NEQ = 'neq',
  CONTAINS = 'contains',
  STARTS_WITH = 'startsWith',
  IN = 'in',
  NOT_IN = 'notIn',
  GT = 'gt',
  GTE = 'gte',
  LT = 'lt',
  LTE = 'lte',
  BETWEEN = 'between',
  BEFORE = 'before',
  AFTER = 'after',
  LAST_DAYS = 'lastDays',
  NEXT_DAYS = 'nextDays',
  ANNIVERSARY_TODAY = 'anniversaryToday',
  ANNIVERSARY_NEXT_DAYS = 'anniversaryNextDays',
  ANNIVERSARY_LAST_DAYS = 'anniversaryLastDays',
  ANNIVERSARY_IN_MONTH = 'anniversaryInMonth',
  HAS_ANY = 'hasAny',
  HAS_ALL = 'hasAll',
  HAS_NONE = 'hasNone',
  FILLED = 'filled',
  NOT_FILLED = 'notFilled',
}
registerEnumType(FilterOperatorEnum, {
  name: 'FilterOperator',
  valuesConfig: {
    ANNIVERSARY_TODAY: {
      description: "The date's day and month is today (in the workspace's time zone).",
    },
    ANNIVERSARY_NEXT_DAYS: {
      description:
        'The day and month fall within the next N days, today included (value: 1–365); runs over the new year. 29 February counts as 28 February in other years.',
    },
    ANNIVERSARY_LAST_DAYS: {
      description: 'The day and month fell within the last N days, today included (value: 1–365).',
    },
    ANNIVERSARY_IN_MONTH: {
      description:
        'The date is in a month of the year: value { month: 1–12, calendar: "gregorian" (default) or "jalali" }.',
    },
  },
});

export enum FilterGroupOpEnum {
  AND = 'AND',
  OR = 'OR',
}
registerEnumType(FilterGroupOpEnum, { name: 'FilterGroupOp' });

export enum FieldKindEnum {
  TEXT = 'text',
  NUMBER = 'number',
  DATE = 'date',
  DATETIME = 'datetime',
  BOOLEAN = 'boolean',
  CHOICE = 'choice',
  MULTI = 'multi',
}
registerEnumType(FieldKindEnum, { name: 'FieldKind' });

@InputType()
export class FilterConditionInput {
  @Field() field!: string;
  @Field(() => FilterOperatorEnum) operator!: Operator;
  @Field(() => JSONScalar, { nullable: true }) value?: unknown;
}

@InputType('CustomerFilter', {
  description:
    'A group of conditions and nested groups combined with AND or OR; not negates the group. Limits: 5 levels deep, 20 items per group, 50 conditions, 100 values per list, 500 characters per text.',
})
export class CustomerFilterInput {
  @Field(() => FilterGroupOpEnum) op!: 'AND' | 'OR';
  @Field({ nullable: true, defaultValue: false }) not?: boolean;
  @Field(() => [FilterConditionInput], { nullable: true, defaultValue: [] })
  conditions?: FilterConditionInput[];
  @Field(() => [CustomerFilterInput], { nullable: true, defaultValue: [] }) groups?: CustomerFilterInput[];
}

@ObjectType()
export class FieldChoice {
  @Field() value!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
}

@ObjectType('CustomerField')
export class CustomerFieldType {
  @Field() key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => FieldKindEnum) kind!: FieldKind;
  @Field(() => [FilterOperatorEnum], { description: 'The operators that fit this field, in picker order.' })
  operators!: Operator[];
  @Field(() => [FieldChoice], { description: 'For CHOICE and MULTI fields (tags: value is the tag id).' })
  choices!: FieldChoice[];
  @Field() sortable!: boolean;
  @Field({ description: 'attribute, system, or the name of the module that registered it.' })
  source!: string;
  @Field(() => AttributeTypeEnum, { nullable: true }) attributeType!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'For a NUMBER field: the digits to show after the point (a balance: its currency’s).',
  })
  decimals!: number | null;
}
