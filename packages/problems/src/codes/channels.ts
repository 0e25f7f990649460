import { problem } from '../problem.js';

/** Channel accounts (email, SMS, Telegram…), sending through them, their webhooks and unsubscribe links. */
export const channelProblems = {
  CHANNEL_ACCOUNT_NOT_FOUND: problem('NOT_FOUND', 'Channel account not found'),
  CHANNEL_PROVIDER_UNKNOWN: problem('BAD_USER_INPUT', 'No channel provider {provider} is installed'),
  CHANNEL_PROVIDER_CHANGED: problem('BAD_USER_INPUT', "An account's provider cannot be changed"),
  CHANNEL_SETTING_UNKNOWN: problem('BAD_USER_INPUT', 'The provider has no setting {key}'),
  CHANNEL_SETTING_CHOICE: problem('BAD_USER_INPUT', 'Choose one of {choices}'),
  CHANNEL_ACCOUNT_NAME_TAKEN: problem('BAD_USER_INPUT', 'Another channel account already has this name'),
  CHANNEL_SECRET_KEY_MISSING: problem(
    'CONFLICT',
    'Secret settings cannot be stored: the server has no PATRON_SECRET_KEY',
  ),
  CHANNEL_NO_ACCOUNT: problem('CONFLICT', 'No enabled default account sends {kind} messages'),
  CHANNEL_ACCOUNT_DISABLED: problem('CONFLICT', 'This channel account is turned off'),
  CHANNEL_ADDRESS_INVALID: problem('BAD_USER_INPUT', 'Not an address this channel can send to'),
  CHANNEL_ADDRESS_REJECTED: problem('BAD_USER_INPUT', 'The provider refused the address'),
  CHANNEL_PROVIDER_UNAVAILABLE: problem(
    'CONFLICT',
    'The provider could not be reached or asked to try later',
  ),
  CHANNEL_PROVIDER_REFUSED: problem('CONFLICT', 'The provider refused the message'),
  CHANNEL_SETTINGS_UNREADABLE: problem(
    'CONFLICT',
    'The secret settings cannot be read with the current PATRON_SECRET_KEY; enter them again',
  ),
  UNSUBSCRIBE_LINK_INVALID: problem('BAD_USER_INPUT', 'This unsubscribe link is damaged or not ours'),
} as const;
