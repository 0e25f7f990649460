import { problem } from '../problem.js';

/** Customer self-service: invitations, self sign-up, the customer's password (and a forgotten one) and sign-in, and customer requests. */
export const selfServiceProblems = {
  SELF_SERVICE_SIGN_IN_FAILED: problem('UNAUTHENTICATED', 'Wrong login or password'),
  SELF_SERVICE_TOKEN_INVALID: problem(
    'BAD_USER_INPUT',
    'This link has expired or was used already; ask for a new invitation',
  ),
  SELF_SERVICE_CUSTOMER_INACTIVE: problem('FORBIDDEN', 'This customer account is inactive'),
  SELF_SERVICE_NO_LOGIN: problem(
    'BAD_USER_INPUT',
    'The customer has neither a mobile number nor an email to sign in with',
  ),
  CUSTOMER_REQUEST_NOT_FOUND: problem('NOT_FOUND', 'Customer request not found'),
  CUSTOMER_REQUEST_CLOSED: problem('CONFLICT', 'The request is closed'),
  SELF_SERVICE_PERSONAL_DATA_BY_REQUEST: problem(
    'FORBIDDEN',
    'Personal data consent is withdrawn through a request to the club, not on these pages',
  ),
  PUSH_NOT_AVAILABLE: problem('CONFLICT', 'This club does not send notifications to devices'),
  PUSH_ENDPOINT_INVALID: problem('BAD_USER_INPUT', "The browser's push address is not an https address"),
  PUSH_KEY_INVALID: problem('BAD_USER_INPUT', "The browser's push subscription keys are not valid"),
  SELF_SIGN_UP_CLOSED: problem('FORBIDDEN', 'This club does not take sign-ups on its pages'),
  SELF_SIGN_UP_NO_SMS: problem(
    'CONFLICT',
    'This club cannot send text messages yet; ask the club to sign you up',
  ),
  SELF_SIGN_UP_CODE_WRONG: problem('BAD_USER_INPUT', 'The code is wrong'),
  SELF_SIGN_UP_EXPIRED: problem('BAD_USER_INPUT', 'This code has expired; ask for a new one'),
  SELF_SIGN_UP_ALREADY_MEMBER: problem(
    'CONFLICT',
    'You are a member already; sign in with your mobile number and password',
  ),
  SELF_SERVICE_RESET_NO_SMS: problem(
    'CONFLICT',
    'This club cannot send text messages yet; use your email, or ask the club for a new password',
  ),
  SELF_SERVICE_RESET_NO_EMAIL: problem(
    'CONFLICT',
    'This club cannot send emails yet; use your mobile number, or ask the club for a new password',
  ),
  SELF_SERVICE_RESET_CODE_WRONG: problem('BAD_USER_INPUT', 'The code is wrong; tries left: {triesLeft}'),
  SELF_SERVICE_RESET_EXPIRED: problem(
    'BAD_USER_INPUT',
    'This code has expired or was used up; ask for a new one',
  ),
  SELF_SERVICE_RESET_LINK_INVALID: problem(
    'BAD_USER_INPUT',
    'This link has expired or was used already; ask for a new one on the sign-in page',
  ),
} as const;
