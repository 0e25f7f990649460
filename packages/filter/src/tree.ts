/** The kinds of value a filterable field holds; every attribute type maps to one. */
export type FieldKind = 'text' | 'number' | 'date' | 'datetime' | 'boolean' | 'choice' | 'multi';

export interface FieldDescriptor {
  key: string;
  kind: FieldKind;
}

export type Operator =
  | 'eq'
  | 'neq'
  | 'contains'
  | 'startsWith'
  | 'in'
  | 'notIn'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'between'
  | 'before'
  | 'after'
  | 'lastDays'
  | 'nextDays'
  | 'anniversaryToday'
  | 'anniversaryNextDays'
  | 'anniversaryLastDays'
  | 'anniversaryInMonth'
  | 'hasAny'
  | 'hasAll'
  | 'hasNone'
  | 'filled'
  | 'notFilled';

export interface FilterCondition {
  kind: 'condition';
  field: string;
  operator: Operator;
  value?: unknown;
}

export interface FilterGroup {
  kind: 'group';
  op: 'AND' | 'OR';
  not?: boolean;
  children: FilterNode[];
}

export type FilterNode = FilterCondition | FilterGroup;

/** Which operators fit which kind of field. */
export const OPERATORS: Record<FieldKind, readonly Operator[]> = {
  text: ['eq', 'neq', 'contains', 'startsWith', 'in', 'notIn', 'filled', 'notFilled'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'notIn', 'filled', 'notFilled'],
  date: [
    'eq',
    'before',
    'after',
    'between',
    'lastDays',
    'nextDays',
    'anniversaryToday',
    'anniversaryNextDays',
    'anniversaryLastDays',
    'anniversaryInMonth',
    'filled',
    'notFilled',
  ],
  datetime: ['before', 'after', 'between', 'lastDays', 'nextDays', 'filled', 'notFilled'],
  boolean: ['eq', 'filled', 'notFilled'],
  choice: ['eq', 'neq', 'in', 'notIn', 'filled', 'notFilled'],
  multi: ['hasAny', 'hasAll', 'hasNone', 'filled', 'notFilled'],
};

/** Documented bounds on a tree, so a filter can never become a denial of service. */
export const LIMITS = {
  depth: 5,
  childrenPerGroup: 20,
  conditions: 50,
  listValues: 100,
  textLength: 500,
  days: 36500,
  /** A window of anniversaries longer than a year would hold every day anyway. */
  anniversaryDays: 365,
};
