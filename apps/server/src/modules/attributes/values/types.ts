import type { FieldProblem, ParamsArg, ProblemCode } from '@patron/problems';

/** Every attribute type the registry knows. */
export const ATTRIBUTE_TYPES = [
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
] as const;

export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** What normalizeValue needs to know about an attribute definition. */
export interface ValueRule {
  key: string;
  type: AttributeType;
  required: boolean;
  choices: { value: string }[];
  /** Key of a format on top of the type (see format.ts); unknown to the options' formats: the type alone. */
  format?: string | null;
}

export interface AddressValue {
  text: string;
  lat?: number;
  lng?: number;
}

/** The stored (normalised) form of an attribute value; null means "no value". */
export type AttributeValue = string | number | boolean | string[] | AddressValue | null;

/** Why a value was refused: a problem code (VALUE_*) and its parameters; the caller adds the path. */
export type ValueProblem = Omit<FieldProblem, 'path'>;

export type ValueResult = { ok: true; value: AttributeValue } | { ok: false; problem: ValueProblem };

export const ok = (value: AttributeValue): ValueResult => ({ ok: true, value });
export const fail = <C extends ProblemCode>(code: C, ...[params]: ParamsArg<C>): ValueResult => ({
  ok: false,
  problem: { code, params: (params ?? {}) as ValueProblem['params'] },
});
