import { problem } from '../problem.js';

/** Customer profiles, and choosing customers for a bulk action or a group. */
export const customerProblems = {
  CUSTOMER_NOT_FOUND: problem('NOT_FOUND', 'Customer not found'),
  CUSTOMER_INACTIVE: problem(
    'BAD_USER_INPUT',
    'This customer is inactive: inactive customers earn and spend nothing',
  ),
  CUSTOMER_DELETED: problem('BAD_USER_INPUT', 'This customer is deleted'),
  CUSTOMER_ID_INVALID: problem('BAD_USER_INPUT', 'Not a customer id'),
  ATTRIBUTES_NOT_AN_OBJECT: problem('BAD_USER_INPUT', 'Expected an object of attribute values by key'),
  ATTRIBUTE_UNKNOWN: problem('BAD_USER_INPUT', 'Unknown attribute "{key}"'),
  ATTRIBUTE_RETIRED: problem('BAD_USER_INPUT', 'The attribute "{key}" is retired'),
  VALUE_TAKEN: problem('BAD_USER_INPUT', 'Another customer already has this value'),
  SELECTION_ONE_WAY: problem(
    'BAD_USER_INPUT',
    'Select customers one way: ids, or a filter/search/segment, or all: true',
  ),
  SELECTION_IDS_EMPTY: problem('BAD_USER_INPUT', 'List at least one customer'),
  SELECTION_IDS_TOO_MANY: problem('BAD_USER_INPUT', 'List at most {max} ids; select by filter instead'),
  BULK_JOB_NOT_FOUND: problem('NOT_FOUND', 'Bulk job not found'),
  BULK_ATTRIBUTES_EXPECTED: problem(
    'BAD_USER_INPUT',
    'Give the attribute values to set, keyed by attribute key',
  ),
  BULK_TAGS_REQUIRED: problem('BAD_USER_INPUT', 'Choose at least one tag'),
  BULK_DELETE_FORBIDDEN: problem('FORBIDDEN', 'Deleting customers needs the {permission} permission'),
} as const;
