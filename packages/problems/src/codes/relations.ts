import { problem } from '../problem.js';

/** Relations between customers, relation types, categories and referrers set from the card. */
export const relationProblems = {
  RELATION_SELF: problem('BAD_USER_INPUT', 'A customer cannot be related to themselves'),
  RELATION_CUSTOMER_UNKNOWN: problem('BAD_USER_INPUT', 'No such customer in this workspace'),
  RELATION_EXISTS: problem('BAD_USER_INPUT', 'These customers are already linked this way'),
  RELATION_TYPE_UNKNOWN: problem('BAD_USER_INPUT', 'No relation type {key}'),
  RELATION_NOT_FOUND: problem('NOT_FOUND', 'Relation not found'),
  RELATION_TYPE_NOT_FOUND: problem('NOT_FOUND', 'Relation type not found'),
  RELATION_TYPE_KEY_TAKEN: problem('BAD_USER_INPUT', 'Another relation type already has this key'),
  RELATION_TYPE_SHIPPED: problem('BAD_USER_INPUT', 'Shipped relation types cannot be changed or deleted'),
  RELATION_TYPE_IN_USE: problem('CONFLICT', '{count} relations use this type; remove them first'),
  CATEGORY_NOT_FOUND: problem('NOT_FOUND', 'Category not found'),
  CATEGORY_UNKNOWN: problem('BAD_USER_INPUT', 'No such category'),
  CATEGORY_NAME_LENGTH: problem('BAD_USER_INPUT', 'A category name has 1 to {max} characters'),
  CATEGORY_NAME_TAKEN: problem('BAD_USER_INPUT', 'Another category already has this name'),
  CATEGORY_COLOR_FORMAT: problem('BAD_USER_INPUT', 'Expected a colour as #rrggbb'),
  REFERRER_NONE: problem('BAD_USER_INPUT', 'This customer has no referrer'),
} as const;
