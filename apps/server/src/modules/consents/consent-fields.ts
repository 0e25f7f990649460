import type { CustomerFieldContribution, LocalizedText } from '@patron/sdk';
import { CONSENT_KINDS, CONSENT_LABELS, consentFieldKey } from './consent-kinds.js';

const STATE_LABELS: Record<string, LocalizedText> = {
  GRANTED: { en: 'Granted', ru: 'Дано', fa: 'داده شده' },
  WITHDRAWN: { en: 'Withdrawn', ru: 'Отозвано', fa: 'پس گرفته شده' },
  NOT_ASKED: { en: 'Not asked', ru: 'Не спрашивали', fa: 'پرسیده نشده' },
};

export const VERIFICATION_LABELS: Record<string, LocalizedText> = {
  NEW: { en: 'New', ru: 'Новый', fa: 'جدید' },
  VERIFIED: { en: 'Verified', ru: 'Верифицирован', fa: 'تأییدشده' },
  UNCONFIRMED: { en: 'Unconfirmed', ru: 'Не подтверждён', fa: 'تأییدنشده' },
};

const choices = (labels: Record<string, LocalizedText>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A kind's state over the customer row `c`; a customer never asked reads NOT_ASKED. */
const consentSql = (kind: string) =>
  `coalesce((select case when cc.granted then 'GRANTED' else 'WITHDRAWN' end from customer_consent cc
     where cc.workspace_id = c.workspace_id and cc.customer_id = c.id and cc.kind = '${kind}'), 'NOT_ASKED')`;

const verificationSql = (column: string, fallback: string) =>
  `coalesce((select v.${column} from customer_verification v
     where v.workspace_id = c.workspace_id and v.customer_id = c.id), ${fallback})`;

/** Filter fields, list and export columns: each consent's current state and the verification. */
export const CONSENT_FIELDS: CustomerFieldContribution[] = [
  ...CONSENT_KINDS.map(
    (kind): CustomerFieldContribution => ({
      key: consentFieldKey(kind),
      kind: 'choice',
      label: CONSENT_LABELS[kind],
      sql: consentSql(kind),
      choices: choices(STATE_LABELS),
    }),
  ),
  {
    key: 'verification',
    kind: 'choice',
    label: { en: 'Verification', ru: 'Верификация', fa: 'تأیید هویت' },
    sql: verificationSql('status', "'NEW'"),
    choices: choices(VERIFICATION_LABELS),
    sortable: true,
  },
  {
    key: 'phoneVerified',
    kind: 'boolean',
    label: { en: 'Phone verified', ru: 'Телефон подтверждён', fa: 'تلفن تأییدشده' },
    sql: verificationSql('phone_verified', 'false'),
  },
  {
    key: 'emailVerified',
    kind: 'boolean',
    label: { en: 'Email verified', ru: 'Email подтверждён', fa: 'ایمیل تأییدشده' },
    sql: verificationSql('email_verified', 'false'),
  },
];
