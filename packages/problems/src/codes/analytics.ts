import { problem } from '../problem.js';

/** Customer analytics: lifecycle rules, profile completeness, charts' periods. */
export const analyticsProblems = {
  LIFECYCLE_DAYS: problem('BAD_USER_INPUT', 'A whole number of days from 1 to {max}'),
  LIFECYCLE_LOST_NOT_AFTER_AT_RISK: problem(
    'BAD_USER_INPUT',
    '"Lost" must come after "at risk": more than {atRiskDays} days',
  ),
  COMPLETENESS_ATTRIBUTE_UNKNOWN: problem('BAD_USER_INPUT', 'No attribute {key} in use in this workspace'),
  ANALYTICS_MONTHS: problem('BAD_USER_INPUT', 'From 1 to {max} months'),
} as const;
