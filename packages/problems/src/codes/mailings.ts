import { problem } from '../problem.js';

/** Mailings: their audience, schedule, state and test sends. */
export const mailingProblems = {
  MAILING_NOT_FOUND: problem('NOT_FOUND', 'Mailing not found'),
  MAILING_CHANNEL_UNKNOWN: problem('BAD_USER_INPUT', 'Not a channel a mailing can use: {channel}'),
  MAILING_AUDIENCE_ONE_WAY: problem(
    'BAD_USER_INPUT',
    'Choose the audience one way: a segment, a filter, a group or listed customers',
  ),
  MAILING_SEND_AT_INVALID: problem('BAD_USER_INPUT', 'Expected a local time as YYYY-MM-DDTHH:MM, got {got}'),
  MAILING_SEND_AT_PAST: problem('BAD_USER_INPUT', 'This time has passed in the workspace time zone'),
  MAILING_TEMPLATE_INVALID: problem('BAD_USER_INPUT', 'Not a template id'),
  MAILING_TEMPLATE_REQUIRED: problem('BAD_USER_INPUT', 'Choose a message template before starting'),
  MAILING_NOT_DRAFT: problem('CONFLICT', 'Only a draft can be changed or started; this mailing is {state}'),
  MAILING_NOT_CANCELLABLE: problem(
    'CONFLICT',
    'Only a scheduled or sending mailing can be cancelled; this one is {state}',
  ),
  MAILING_LINK_INVALID: problem('NOT_FOUND', 'This link is damaged or not ours'),
  MAILING_TEST_ADDRESS_INVALID: problem('BAD_USER_INPUT', 'Not an address {channel} can send to'),
} as const;
