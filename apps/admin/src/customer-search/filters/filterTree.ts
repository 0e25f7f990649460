import {
  type CustomerFilter,
  type FilterConditionInput,
  FilterGroupOp,
  type FilterOperator,
} from '../../gql/graphql';

/** One row of the builder: a field, an operator and a value (in the API's form: YYYY-MM-DD, numbers, ids). */
export interface ConditionDraft {
  id: string;
  field: string;
  operator: FilterOperator | '';
  value: unknown;
}

/**
 * A group as the API nests it: its conditions, then its subgroups. Keeping the API's shape keeps
 * error paths (["filter","groups",0,"conditions",1]) pointing straight at a row.
 */
export interface GroupDraft {
  id: string;
  op: FilterGroupOp;
  not: boolean;
  conditions: ConditionDraft[];
  groups: GroupDraft[];
}

/** The server's bounds, checked here too so the buttons stop before the server would refuse. */
export const FILTER_LIMITS = { depth: 5, itemsPerGroup: 20, conditions: 50 };

let counter = 0;
const newId = (prefix: string) => `${prefix}${++counter}`;

export const emptyCondition = (): ConditionDraft => ({
  id: newId('c'),
  field: '',
  operator: '',
  value: null,
});
export const emptyGroup = (): GroupDraft => ({
  id: newId('g'),
  op: FilterGroupOp.AND,
  not: false,
  conditions: [],
  groups: [],
});

/**
 * What an operator's value looks like: FILLED takes none, IN a list, BETWEEN [from, to], LAST_DAYS a
 * day count, ANNIVERSARY_IN_MONTH a month of a calendar ({ month, calendar }).
 */
export type ValueShape = 'none' | 'single' | 'list' | 'range' | 'days' | 'month';

export function valueShape(operator: FilterOperator | ''): ValueShape {
  switch (operator) {
    case 'FILLED':
    case 'NOT_FILLED':
    case 'ANNIVERSARY_TODAY':
    case '':
      return 'none';
    case 'IN':
    case 'NOT_IN':
    case 'HAS_ANY':
    case 'HAS_ALL':
    case 'HAS_NONE':
      return 'list';
    case 'BETWEEN':
      return 'range';
    case 'LAST_DAYS':
    case 'NEXT_DAYS':
    case 'ANNIVERSARY_LAST_DAYS':
    case 'ANNIVERSARY_NEXT_DAYS':
      return 'days';
    case 'ANNIVERSARY_IN_MONTH':
      return 'month';
    default:
      return 'single';
  }
}

const initialValue = (shape: ValueShape): unknown =>
  shape === 'list' ? [] : shape === 'range' ? [null, null] : null;

/** How the values of a list operator combine, for its label and the words between its chips. */
export function listMatch(operator: FilterOperator | ''): 'any' | 'all' | 'none' {
  if (operator === 'HAS_ALL') return 'all';
  if (operator === 'HAS_NONE' || operator === 'NOT_IN') return 'none';
  return 'any';
}

/** The most days a "last/next … days" operator takes (the server's limits). */
export function maxDays(operator: FilterOperator | ''): number {
  return operator.startsWith('ANNIVERSARY_') ? 365 : 36500;
}

/** Every group, rebuilt where `id` matches; the rest is shared, so React sees only what changed. */
function mapGroup(group: GroupDraft, id: string, change: (g: GroupDraft) => GroupDraft): GroupDraft {
  if (group.id === id) return change(group);
  const groups = group.groups.map((g) => mapGroup(g, id, change));
  return groups.some((g, i) => g !== group.groups[i]) ? { ...group, groups } : group;
}

export function setGroup(root: GroupDraft, id: string, patch: Partial<Pick<GroupDraft, 'op' | 'not'>>) {
  return mapGroup(root, id, (g) => ({ ...g, ...patch }));
}

export function addCondition(root: GroupDraft, groupId: string): GroupDraft {
  return mapGroup(root, groupId, (g) => ({ ...g, conditions: [...g.conditions, emptyCondition()] }));
}

/** A new group starts with one empty row: an empty group means nothing. */
export function addGroup(root: GroupDraft, groupId: string): GroupDraft {
  const group = { ...emptyGroup(), conditions: [emptyCondition()] };
  return mapGroup(root, groupId, (g) => ({ ...g, groups: [...g.groups, group] }));
}

/** Removes a condition or a group (with everything in it) wherever it is; the root stays. */
export function removeNode(root: GroupDraft, id: string): GroupDraft {
  const prune = (g: GroupDraft): GroupDraft => {
    const conditions = g.conditions.filter((c) => c.id !== id);
    const groups = g.groups.filter((child) => child.id !== id).map(prune);
    const same =
      conditions.length === g.conditions.length &&
      groups.length === g.groups.length &&
      groups.every((child, i) => child === g.groups[i]);
    return same ? g : { ...g, conditions, groups };
  };
  return prune(root);
}

function mapCondition(root: GroupDraft, id: string, change: (c: ConditionDraft) => ConditionDraft) {
  const visit = (g: GroupDraft): GroupDraft => {
    const conditions = g.conditions.map((c) => (c.id === id ? change(c) : c));
    const groups = g.groups.map(visit);
    const same =
      conditions.every((c, i) => c === g.conditions[i]) && groups.every((c, i) => c === g.groups[i]);
    return same ? g : { ...g, conditions, groups };
  };
  return visit(root);
}

/** A new field brings its first operator and an empty value; the old value may not fit it. */
export function chooseField(
  root: GroupDraft,
  id: string,
  field: { key: string; operators: readonly FilterOperator[] },
): GroupDraft {
  const operator = field.operators[0] ?? '';
  return mapCondition(root, id, (c) => ({
    ...c,
    field: field.key,
    operator,
    value: initialValue(valueShape(operator)),
  }));
}

/** The value survives an operator change when its shape does (EQ → NEQ keeps "Tehran"). */
export function chooseOperator(root: GroupDraft, id: string, operator: FilterOperator): GroupDraft {
  return mapCondition(root, id, (c) => ({
    ...c,
    operator,
    value: valueShape(c.operator) === valueShape(operator) ? c.value : initialValue(valueShape(operator)),
  }));
}

export function setValue(root: GroupDraft, id: string, value: unknown): GroupDraft {
  return mapCondition(root, id, (c) => ({ ...c, value }));
}

/** 1 for the root, 2 for its subgroups…; 0 when the group is not in the tree. */
export function depthOf(root: GroupDraft, groupId: string, depth = 1): number {
  if (root.id === groupId) return depth;
  for (const g of root.groups) {
    const found = depthOf(g, groupId, depth + 1);
    if (found) return found;
  }
  return 0;
}

export function countConditions(group: GroupDraft): number {
  return group.conditions.length + group.groups.reduce((n, g) => n + countConditions(g), 0);
}

/** What the "add" buttons of a group may still do within the server's limits. */
export function canAdd(root: GroupDraft, group: GroupDraft): { condition: boolean; group: boolean } {
  const room = group.conditions.length + group.groups.length < FILTER_LIMITS.itemsPerGroup;
  const conditionsLeft = countConditions(root) < FILTER_LIMITS.conditions;
  return {
    condition: room && conditionsLeft,
    group: room && conditionsLeft && depthOf(root, group.id) < FILTER_LIMITS.depth,
  };
}

/** API path of each sent group or condition ("groups.0.conditions.1") → the builder row it came from. */
export type Places = Map<string, string>;

/**
 * The builder's state as the API's CustomerFilter. Rows without a field and groups left empty are
 * not sent; `places` maps what was sent back to the rows, for errors. null when nothing is left.
 */
export function toCustomerFilter(root: GroupDraft): { filter: CustomerFilter | null; places: Places } {
  const places: Places = new Map();
  const convert = (g: GroupDraft, path: string): CustomerFilter | null => {
    places.set(path, g.id);
    const conditions: FilterConditionInput[] = [];
    for (const c of g.conditions) {
      if (!c.field || !c.operator) continue;
      places.set(`${path}${path ? '.' : ''}conditions.${conditions.length}`, c.id);
      conditions.push(
        valueShape(c.operator) === 'none'
          ? { field: c.field, operator: c.operator }
          : { field: c.field, operator: c.operator, value: c.value },
      );
    }
    const groups: CustomerFilter[] = [];
    for (const child of g.groups) {
      const converted = convert(child, `${path}${path ? '.' : ''}groups.${groups.length}`);
      if (converted) groups.push(converted);
    }
    if (conditions.length === 0 && groups.length === 0) return null;
    return { op: g.op, not: g.not, conditions, groups };
  };
  return { filter: convert(root, ''), places };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A saved filter (a segment's, the URL's) back into the builder; anything malformed is left out. */
export function fromCustomerFilter(filter: unknown): GroupDraft {
  const group = emptyGroup();
  if (!isRecord(filter)) return group;
  const conditions = Array.isArray(filter.conditions) ? filter.conditions.filter(isRecord) : [];
  const groups = Array.isArray(filter.groups) ? filter.groups.filter(isRecord) : [];
  return {
    ...group,
    op: filter.op === FilterGroupOp.OR ? FilterGroupOp.OR : FilterGroupOp.AND,
    not: filter.not === true,
    conditions: conditions.map((c) => {
      const operator = (typeof c.operator === 'string' ? c.operator : '') as FilterOperator | '';
      const shape = valueShape(operator);
      return {
        ...emptyCondition(),
        field: typeof c.field === 'string' ? c.field : '',
        operator,
        value: shape === 'none' ? null : (c.value ?? initialValue(shape)),
      };
    }),
    groups: groups.map(fromCustomerFilter),
  };
}

/** A draft with nothing in it yet: the builder shows one empty row to start from. */
export function startingDraft(filter: unknown): GroupDraft {
  const draft = fromCustomerFilter(filter);
  return draft.conditions.length || draft.groups.length
    ? draft
    : { ...draft, conditions: [emptyCondition()] };
}
