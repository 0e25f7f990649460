import { defineModule } from '@patron/sdk';
import { genericHttpSms } from './generic-http.provider.js';
import { kavenegarSms } from './kavenegar.provider.js';
import { smsRuSms } from './sms-ru.provider.js';

/** SMS to the customer's mobile: any HTTP gateway, Kavenegar (Iran) and SMS.RU (Russia). */
export const channelSmsModule = defineModule({
  name: 'channel-sms',
  channels: [genericHttpSms, kavenegarSms, smsRuSms],
});
