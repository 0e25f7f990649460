import { problem } from '../problem.js';

/**
 * Lists, quick search and the filter tree. A filter value's `kind` is the field kind it must fit:
 * number, date, datetime, boolean, text or choice.
 */
export const customerSearchProblems = {
  SORT_FIELD_UNKNOWN: problem('BAD_USER_INPUT', 'Cannot sort by {field}; use one of {fields}'),
  SEARCH_TOO_MANY_VALUES: problem('BAD_USER_INPUT', 'Search with at most {max} values'),
  SEARCH_VALUE_TOO_LONG: problem('BAD_USER_INPUT', 'A search value has at most {max} characters'),
  TAG_IDS_EXPECTED: problem('BAD_USER_INPUT', 'Expected tag ids'),
  COMPUTED_FIELDS_TOO_MANY: problem('BAD_USER_INPUT', 'At most {max} fields at once'),
  COMPUTED_FIELD_UNKNOWN: problem('BAD_USER_INPUT', '{key} is not a computed customer field'),
  FILTER_NODE_EXPECTED: problem('BAD_USER_INPUT', 'Expected a group or a condition'),
  FILTER_NODE_KIND: problem('BAD_USER_INPUT', 'Expected "group" or "condition"'),
  FILTER_TOO_DEEP: problem('BAD_USER_INPUT', 'Groups nest at most {max} deep'),
  FILTER_GROUP_OP: problem('BAD_USER_INPUT', 'Expected AND or OR'),
  FILTER_NOT_FLAG: problem('BAD_USER_INPUT', 'Expected true or false'),
  FILTER_CHILDREN_EXPECTED: problem('BAD_USER_INPUT', 'Expected a list of groups and conditions'),
  FILTER_GROUP_TOO_WIDE: problem('BAD_USER_INPUT', 'A group holds at most {max} items'),
  FILTER_TOO_MANY_CONDITIONS: problem('BAD_USER_INPUT', 'A filter has at most {max} conditions'),
  FILTER_FIELD_UNKNOWN: problem('BAD_USER_INPUT', 'Unknown field {field}'),
  FILTER_OPERATOR_MISMATCH: problem(
    'BAD_USER_INPUT',
    '"{operator}" does not fit {kind} field "{field}"; use one of {operators}',
  ),
  FILTER_VALUE_NONE: problem('BAD_USER_INPUT', 'This operator takes no value'),
  FILTER_VALUE: problem('BAD_USER_INPUT', 'Expected a {kind} value'),
  FILTER_TEXT_VALUE: problem('BAD_USER_INPUT', 'Expected text of 1 to {max} characters'),
  FILTER_VALUE_LIST: problem('BAD_USER_INPUT', 'Expected a list of 1 to {max} values, each a {kind} value'),
  FILTER_VALUE_DAYS: problem('BAD_USER_INPUT', 'Expected a whole number of days from 1 to {max}'),
  FILTER_VALUE_RANGE: problem('BAD_USER_INPUT', 'Expected [from, to], each a {kind} value'),
  FILTER_RANGE_REVERSED: problem('BAD_USER_INPUT', 'The start of the range is after its end'),
} as const;
