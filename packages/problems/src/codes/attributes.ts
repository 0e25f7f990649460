import { problem } from '../problem.js';

/** The attribute registry: definitions, their groups and choices. */
export const attributeProblems = {
  ATTRIBUTE_NOT_FOUND: problem('NOT_FOUND', 'Attribute definition not found'),
  ATTRIBUTE_KEY_FORMAT: problem('BAD_USER_INPUT', 'Use a letter, then up to 62 letters, digits or _'),
  ATTRIBUTE_KEY_TAKEN: problem('BAD_USER_INPUT', 'An attribute "{key}" already exists (perhaps retired)'),
  ATTRIBUTE_TYPE_UNKNOWN: problem('BAD_USER_INPUT', 'Unknown attribute type'),
  ATTRIBUTE_GROUP_KEY_FORMAT: problem('BAD_USER_INPUT', 'Use a letter, then letters, digits or _'),
  ATTRIBUTE_GROUP_TAKEN: problem('BAD_USER_INPUT', 'A group "{key}" already exists'),
  ATTRIBUTE_GROUP_UNKNOWN: problem('BAD_USER_INPUT', 'There is no group "{group}"'),
  LABEL_IN_ONE_LANGUAGE: problem('BAD_USER_INPUT', 'Give the label in at least one language'),
  CHOICES_NOT_ALLOWED: problem('BAD_USER_INPUT', 'Only choice attributes have choices'),
  CHOICES_REQUIRED: problem('BAD_USER_INPUT', 'Give at least one choice'),
  CHOICE_VALUE_FORMAT: problem('BAD_USER_INPUT', 'Use 1–64 letters, digits, _ or -'),
  CHOICE_REPEATED: problem('BAD_USER_INPUT', '"{value}" is listed twice'),
  REORDER_REPEATED: problem('BAD_USER_INPUT', 'An attribute is listed twice'),
  REORDER_ONE_GROUP: problem('BAD_USER_INPUT', 'Reorder the attributes of one group at a time'),
  SYSTEM_ATTRIBUTE_RETIRE: problem('BAD_USER_INPUT', 'System attributes cannot be retired'),
} as const;
