export {
  type AnniversaryCalendar,
  type AnniversaryMonth,
  dayWindow,
  gregorianMonthWindow,
  jalaliMonth,
  jalaliMonthWindow,
  type KeyWindow,
  localDay,
  windowKeys,
} from './anniversary.js';
export { evaluateFilter, isFilled } from './evaluate.js';
export { fold } from './fold.js';
export { genderFromPatronymic } from './patronymic.js';
export {
  type FieldDescriptor,
  type FieldKind,
  type FilterCondition,
  type FilterGroup,
  type FilterNode,
  LIMITS,
  OPERATORS,
  type Operator,
} from './tree.js';
export { type FilterProblem, validateFilter } from './validate.js';
