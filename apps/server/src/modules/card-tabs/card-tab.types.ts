import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../graphql/localized-text.js';

export enum CardTabValueKindEnum {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  MONEY = 'MONEY',
  DATE = 'DATE',
  DATETIME = 'DATETIME',
  LINK = 'LINK',
  STATUS = 'STATUS',
}
registerEnumType(CardTabValueKindEnum, {
  name: 'CardTabValueKind',
  description: 'How a value of a card tab is shown.',
});

export enum CardTabToneEnum {
  GOOD = 'GOOD',
  WARNING = 'WARNING',
  BAD = 'BAD',
  NEUTRAL = 'NEUTRAL',
}
registerEnumType(CardTabToneEnum, { name: 'CardTabTone', description: "A status's colour." });

@ObjectType('CustomerCardTab', { description: 'A tab a module adds to the customer card.' })
export class CustomerCardTabType {
  @Field({ description: 'Unique across modules; what customerCardTab asks for.' }) key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field({ description: 'The module that brings the tab.' }) module!: string;
  @Field(() => Int) order!: number;
}

@ObjectType('CardTabValue', {
  description:
    'One value: its kind and the parts of that kind (the others are null). TEXT: text; NUMBER: number; ' +
    'MONEY: number and currency; DATE: date (YYYY-MM-DD); DATETIME: at; LINK: text and either url ' +
    '(http or https) or customerId (a card in the admin); STATUS: text and tone.',
})
export class CardTabValueType {
  @Field(() => CardTabValueKindEnum) kind!: CardTabValueKindEnum;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Float, { nullable: true }) number!: number | null;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field(() => String, { nullable: true }) date!: string | null;
  @Field(() => Date, { nullable: true }) at!: Date | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field(() => CardTabToneEnum, { nullable: true }) tone!: CardTabToneEnum | null;
}

@ObjectType('CardTabField')
export class CardTabFieldType {
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => CardTabValueType, { nullable: true, description: 'Null: nothing to show (a dash).' })
  value!: CardTabValueType | null;
}

@ObjectType('CardTabColumn')
export class CardTabColumnType {
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => CardTabValueKindEnum) kind!: CardTabValueKindEnum;
}

@ObjectType('CardTabRow')
export class CardTabRowType {
  @Field(() => [CardTabValueType], { nullable: 'items', description: 'One value per column.' })
  cells!: (CardTabValueType | null)[];
}

@ObjectType('CardTabTable')
export class CardTabTableType {
  @Field(() => [CardTabColumnType]) columns!: CardTabColumnType[];
  @Field(() => [CardTabRowType]) rows!: CardTabRowType[];
  @Field(() => LocalizedText, { nullable: true, description: 'Shown instead of a table without rows.' })
  empty!: LocalizedText | null;
}

@ObjectType('CardTabSection', { description: 'A part of a card tab: either fields or a table.' })
export class CardTabSectionType {
  @Field(() => LocalizedText, { nullable: true }) title!: LocalizedText | null;
  @Field(() => [CardTabFieldType], { nullable: true }) fields!: CardTabFieldType[] | null;
  @Field(() => CardTabTableType, { nullable: true }) table!: CardTabTableType | null;
}

@ObjectType('CardTabContent', { description: "A card tab's content for one customer." })
export class CardTabContentType {
  @Field() key!: string;
  @Field(() => [CardTabSectionType]) sections!: CardTabSectionType[];
  @Field(() => LocalizedText, { nullable: true, description: 'Shown when there are no sections.' })
  empty!: LocalizedText | null;
}
