import { ru as apiKey } from '../api-keys/messages.ru';
import { ru as audit } from '../audit/messages.ru';
import { ru as automation } from '../automations/messages.ru';
import { ru as category } from '../categories/messages.ru';
import { ru as channel } from '../channels/messages.ru';
import { ru as consent } from '../consents/messages.ru';
import { ru as customerAnalytics } from '../customer-analytics/messages.ru';
import { ru as card } from '../customers/card/messages.ru';
import { ru as duplicate } from '../duplicates/messages.ru';
import { ru as group } from '../groups/messages.ru';
import { ru as history } from '../history/messages.ru';
import { ru as imports } from '../imports/messages.ru';
import { ru as job } from '../jobs/messages.ru';
import { ru as programme } from '../loyalty-programme/messages.ru';
import { ru as mailing } from '../mailings/messages.ru';
import { ru as note } from '../notes/messages.ru';
import { ru as notification } from '../notifications/messages.ru';
import { ru as purchase } from '../purchases/messages.ru';
import { ru as relation } from '../relations/messages.ru';
import { ru as rfm } from '../rfm/messages.ru';
import { ru as role } from '../roles/messages.ru';
import { ru as staff } from '../staff/messages.ru';
import { ru as template } from '../templates/messages.ru';
import { ru as tier } from '../tiers/messages.ru';
import { ru as workspaceSettings } from '../workspace-settings/messages.ru';

/** The families' Russian texts, in FAMILY_EN's order (familyMessages.ts). */
export const FAMILY_RU: object[] = [
  apiKey,
  audit,
  automation,
  category,
  channel,
  consent,
  customerAnalytics,
  card,
  duplicate,
  group,
  history,
  imports,
  job,
  programme,
  mailing,
  note,
  notification,
  purchase,
  relation,
  rfm,
  role,
  staff,
  template,
  tier,
  workspaceSettings,
];
