import { problem } from '../problem.js';

/** Consents to marketing and to personal data, and the verification of a customer's profile. */
export const consentProblems = {
  CONSENT_ALREADY_GRANTED: problem('CONFLICT', 'This consent is already granted'),
  CONSENT_ALREADY_WITHDRAWN: problem('CONFLICT', 'This consent is already withdrawn'),
  CONSENT_AT_IN_FUTURE: problem('BAD_USER_INPUT', 'The time a consent was given cannot be in the future'),
  CONSENT_AT_BEFORE_LAST: problem(
    'CONFLICT',
    'A later change of this consent is already recorded ({last}); record changes in the order they happened',
  ),
  CONSENT_PERSONAL_DATA_REQUIRED: problem(
    'CONFLICT',
    'Mark a phone or email verified only when the customer has consented to personal data processing',
  ),
  CUSTOMER_ALREADY_VERIFIED: problem('CONFLICT', 'This customer is already verified'),
  VERIFICATION_NO_PHONE: problem('BAD_USER_INPUT', 'The customer has no mobile number to verify'),
  VERIFICATION_NO_EMAIL: problem('BAD_USER_INPUT', 'The customer has no email address to verify'),
} as const;
