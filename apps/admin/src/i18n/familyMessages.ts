import { en as apiKey } from '../api-keys/messages';
import { en as audit } from '../audit/messages';
import { en as automation } from '../automations/messages';
import { en as category } from '../categories/messages';
import { en as channel } from '../channels/messages';
import { en as consent } from '../consents/messages';
import { en as customerAnalytics } from '../customer-analytics/messages';
import { en as card } from '../customers/card/messages';
import { en as duplicate } from '../duplicates/messages';
import { en as group } from '../groups/messages';
import { en as history } from '../history/messages';
import { en as imports } from '../imports/messages';
import { en as job } from '../jobs/messages';
import { en as programme } from '../loyalty-programme/messages';
import { en as mailing } from '../mailings/messages';
import { en as note } from '../notes/messages';
import { en as notification } from '../notifications/messages';
import { en as purchase } from '../purchases/messages';
import { en as relation } from '../relations/messages';
import { en as rfm } from '../rfm/messages';
import { en as role } from '../roles/messages';
import { en as staff } from '../staff/messages';
import { en as template } from '../templates/messages';
import { en as tier } from '../tiers/messages';
import { en as workspaceSettings } from '../workspace-settings/messages';

/**
 * Screen families that keep their texts beside their screens: English in each family's messages.ts,
 * Russian and Persian in messages.ru.ts and messages.fa.ts, so only English comes with the first
 * screen (the languages' catalogues load the others). The three lists hold the families in the same
 * order and messages.test.ts checks their keys match. Refusals' texts (./problems) are merged by each
 * language's catalogue.
 */
export const FAMILY_EN: object[] = [
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
