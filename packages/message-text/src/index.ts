export { type SmsEncoding, type SmsLength, smsLength } from './sms-length.js';
