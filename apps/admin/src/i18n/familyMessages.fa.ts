import { fa as apiKey } from '../api-keys/messages.fa';
import { fa as audit } from '../audit/messages.fa';
import { fa as automation } from '../automations/messages.fa';
import { fa as category } from '../categories/messages.fa';
import { fa as channel } from '../channels/messages.fa';
import { fa as consent } from '../consents/messages.fa';
import { fa as customerAnalytics } from '../customer-analytics/messages.fa';
import { fa as card } from '../customers/card/messages.fa';
import { fa as duplicate } from '../duplicates/messages.fa';
import { fa as group } from '../groups/messages.fa';
import { fa as history } from '../history/messages.fa';
import { fa as imports } from '../imports/messages.fa';
import { fa as job } from '../jobs/messages.fa';
import { fa as programme } from '../loyalty-programme/messages.fa';
import { fa as mailing } from '../mailings/messages.fa';
import { fa as note } from '../notes/messages.fa';
import { fa as notification } from '../notifications/messages.fa';
import { fa as purchase } from '../purchases/messages.fa';
import { fa as relation } from '../relations/messages.fa';
import { fa as rfm } from '../rfm/messages.fa';
import { fa as role } from '../roles/messages.fa';
import { fa as staff } from '../staff/messages.fa';
import { fa as template } from '../templates/messages.fa';
import { fa as tier } from '../tiers/messages.fa';
import { fa as workspaceSettings } from '../workspace-settings/messages.fa';

/** The families' Persian texts, in FAMILY_EN's order (familyMessages.ts). */
export const FAMILY_FA: object[] = [
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
