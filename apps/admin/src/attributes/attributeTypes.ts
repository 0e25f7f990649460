import type { AttributeType } from '../gql/graphql';

export const ATTRIBUTE_TYPES: AttributeType[] = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'MONEY',
  'DATE',
  'DATETIME',
  'BOOLEAN',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'PHONE',
  'EMAIL',
  'URL',
  'ADDRESS',
];

export const isChoiceType = (type: unknown): boolean =>
  type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
