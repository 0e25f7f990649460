import type { FilterNode, FilterProblem, Operator } from '@patron/filter';

/** The API's filter shape: a group keeps its conditions and its nested groups in two lists. */
export interface FilterGroupInput {
  op: 'AND' | 'OR';
  not?: boolean | null;
  conditions?: { field: string; operator: Operator; value?: unknown }[] | null;
  groups?: FilterGroupInput[] | null;
}

/** The filter package's tree: conditions first, then groups, in one `children` list. */
export function toFilterTree(input: FilterGroupInput): FilterNode {
  return {
    kind: 'group',
    op: input.op,
    not: input.not ?? false,
    children: [
      ...(input.conditions ?? []).map((c) => ({
        kind: 'condition' as const,
        field: c.field,
        operator: c.operator,
        value: c.value ?? undefined,
      })),
      ...(input.groups ?? []).map(toFilterTree),
    ],
  };
}

/** Maps a path in the tree back to the API shape: ['children', 3] → ['groups', 1] after 2 conditions. */
export function toInputPath(input: FilterGroupInput, path: FilterProblem['path']): (string | number)[] {
  const out: (string | number)[] = [];
  let group: FilterGroupInput | undefined = input;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (step === 'children' && group && typeof path[i + 1] === 'number') {
      const index = path[i + 1] as number;
      const conditions: number = group.conditions?.length ?? 0;
      if (index < conditions) {
        out.push('conditions', index);
        group = undefined;
      } else {
        out.push('groups', index - conditions);
        group = group.groups?.[index - conditions];
      }
      i++;
    } else if (step !== undefined) {
      out.push(step);
    }
  }
  return out;
}

const API_OPERATOR: Record<string, string> = {
  eq: 'EQ',
  neq: 'NEQ',
  contains: 'CONTAINS',
  startsWith: 'STARTS_WITH',
  in: 'IN',
  notIn: 'NOT_IN',
  gt: 'GT',
  gte: 'GTE',
  lt: 'LT',
  lte: 'LTE',
  between: 'BETWEEN',
  before: 'BEFORE',
  after: 'AFTER',
  lastDays: 'LAST_DAYS',
  nextDays: 'NEXT_DAYS',
  anniversaryToday: 'ANNIVERSARY_TODAY',
  anniversaryNextDays: 'ANNIVERSARY_NEXT_DAYS',
  anniversaryLastDays: 'ANNIVERSARY_LAST_DAYS',
  anniversaryInMonth: 'ANNIVERSARY_IN_MONTH',
  hasAny: 'HAS_ANY',
  hasAll: 'HAS_ALL',
  hasNone: 'HAS_NONE',
  filled: 'FILLED',
  notFilled: 'NOT_FILLED',
};

/** A stored filter as the API spells it (FilterOperator names), so a client can send it back as is. */
export function toApiFilter(input: FilterGroupInput): unknown {
  return {
    op: input.op,
    not: input.not ?? false,
    conditions: (input.conditions ?? []).map((c) => ({
      field: c.field,
      operator: API_OPERATOR[c.operator] ?? c.operator,
      ...(c.value === undefined || c.value === null ? {} : { value: c.value }),
    })),
    groups: (input.groups ?? []).map(toApiFilter),
  };
}
