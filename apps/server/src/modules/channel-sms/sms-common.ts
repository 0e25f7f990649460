import type { ChannelSettingField, OutgoingMessage, SendOutcome } from '@patron/sdk';
import { failure, isE164 } from '../../common/provider-http.js';

/**
 * The customer's mobile phone: the `mobile` column is generated from the `mobile` attribute, which
 * the PHONE type keeps in E.164 ('+989121234567').
 */
export const SMS_ADDRESS_SQL = 'c.mobile';

export const SENDER_SETTING: ChannelSettingField = {
  key: 'sender',
  label: {
    en: 'Sender number or name (blank: the account default)',
    ru: 'Номер или имя отправителя (пусто: по умолчанию в аккаунте)',
    fa: 'شماره یا نام فرستنده (خالی: پیش‌فرض حساب)',
  },
  required: false,
};

/** A message that cannot be an SMS at all is refused before the provider is called. */
export function checkSms(message: OutgoingMessage): SendOutcome | null {
  if (!isE164(message.to)) return failure('CHANNEL_ADDRESS_REJECTED', false, 'Not an E.164 mobile number');
  if (message.text.trim() === '') return failure('CHANNEL_MESSAGE_REJECTED', false, 'The text is empty');
  return null;
}

export const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
