import { problem } from '../problem.js';

/**
 * Why an SMS or Telegram provider did not take a message, or why a message was not delivered: the
 * `reason` of a send outcome or a delivery report. The first five are worth retrying later.
 */
export const channelProviderProblems = {
  CHANNEL_PROVIDER_TIMEOUT: problem(
    'CONFLICT',
    'The provider did not answer in time; the message will be retried',
  ),
  CHANNEL_PROVIDER_UNREACHABLE: problem(
    'CONFLICT',
    'The provider could not be reached (connection refused or no such host); the message will be retried',
  ),
  CHANNEL_PROVIDER_RATE_LIMITED: problem(
    'RATE_LIMITED',
    'The provider asked to send more slowly; the message will be retried',
  ),
  CHANNEL_PROVIDER_ANSWER_UNREADABLE: problem(
    'CONFLICT',
    'The provider answered something that is not in its format; the message will be retried',
  ),
  CHANNEL_PROVIDER_NO_CREDIT: problem(
    'CONFLICT',
    "The provider account's balance is too low; top it up and the message will be retried",
  ),
  CHANNEL_PROVIDER_AUTH_FAILED: problem(
    'CONFLICT',
    "The provider refused the channel's credentials (API key or token); check the channel's settings",
  ),
  CHANNEL_SETTINGS_INVALID: problem('BAD_USER_INPUT', "The channel's settings are incomplete or invalid"),
  CHANNEL_SENDER_REJECTED: problem('CONFLICT', 'The provider rejected the sender number or name'),
  CHANNEL_MESSAGE_REJECTED: problem(
    'BAD_USER_INPUT',
    'The provider rejected the text (empty, too long or with characters it does not accept)',
  ),
  CHANNEL_RECIPIENT_BLOCKED: problem(
    'CONFLICT',
    'The customer blocked these messages (a stop list, or the Telegram bot is blocked)',
  ),
  CHANNEL_NOT_DELIVERED: problem(
    'CONFLICT',
    'The provider reported that the message did not reach the customer',
  ),
} as const;
