import { enumValues } from '../common/enums';
import { AttributeType } from '../gql/graphql';

/** Every attribute type, in the order the form offers them: everyday values first, contacts and places last. */
export const ATTRIBUTE_TYPES: readonly AttributeType[] = enumValues(AttributeType, [
  AttributeType.TEXT,
  AttributeType.LONG_TEXT,
  AttributeType.NUMBER,
  AttributeType.MONEY,
  AttributeType.DATE,
  AttributeType.DATETIME,
  AttributeType.BOOLEAN,
  AttributeType.SINGLE_CHOICE,
  AttributeType.MULTIPLE_CHOICE,
  AttributeType.PHONE,
  AttributeType.EMAIL,
  AttributeType.URL,
  AttributeType.ADDRESS,
]);

export const isChoiceType = (type: unknown): boolean =>
  type === AttributeType.SINGLE_CHOICE || type === AttributeType.MULTIPLE_CHOICE;
