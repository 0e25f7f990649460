import { problem } from '../problem.js';

/** Automations: their triggers, conditions and actions, and their runs. */
export const automationProblems = {
  AUTOMATION_NOT_FOUND: problem('NOT_FOUND', 'No such automation'),
  AUTOMATION_NAME_REQUIRED: problem('BAD_USER_INPUT', 'Give the automation a name of 1 to {max} characters'),
  AUTOMATION_PARAM_INVALID: problem('BAD_USER_INPUT', 'Not a valid value for this setting'),
  AUTOMATION_PARAM_UNKNOWN: problem('BAD_USER_INPUT', 'This trigger or action has no setting {param}'),
  AUTOMATION_DAYS_RANGE: problem('BAD_USER_INPUT', 'A whole number of days from {min} to {max}'),
  AUTOMATION_DATE_ATTRIBUTE_UNKNOWN: problem('BAD_USER_INPUT', 'No date attribute "{key}" in this workspace'),
  AUTOMATION_TIER_UNKNOWN: problem('BAD_USER_INPUT', 'No tier "{key}" in this workspace'),
  AUTOMATION_AMOUNT_POSITIVE: problem('BAD_USER_INPUT', 'Grant an amount greater than zero'),
  AUTOMATION_ACTIONS_EMPTY: problem('BAD_USER_INPUT', 'Add at least one action'),
  AUTOMATION_ACTIONS_TOO_MANY: problem('BAD_USER_INPUT', 'At most {max} actions'),
  AUTOMATION_ACTION_FAILED: problem('CONFLICT', 'The action failed unexpectedly; it is retried later'),
  AUTOMATION_CHANNEL_UNKNOWN: problem('BAD_USER_INPUT', 'No installed channel sends {channel} messages'),
  AUTOMATION_CHANNEL_NO_ACCOUNT: problem(
    'BAD_USER_INPUT',
    'No enabled default account sends {channel} messages; add one under Channels',
  ),
  AUTOMATION_TEMPLATE_CHANNEL: problem(
    'BAD_USER_INPUT',
    'This template is written for {templateChannel}, not for {channel}',
  ),
} as const;
