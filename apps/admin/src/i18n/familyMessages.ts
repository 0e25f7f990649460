import { apiKeyMessages } from '../api-keys/messages';
import { auditMessages } from '../audit/messages';
import { automationMessages } from '../automations/messages';
import { categoryMessages } from '../categories/messages';
import { channelMessages } from '../channels/messages';
import { consentMessages } from '../consents/messages';
import { customerAnalyticsMessages } from '../customer-analytics/messages';
import { cardMessages } from '../customers/card/messages';
import { duplicateMessages } from '../duplicates/messages';
import { groupMessages } from '../groups/messages';
import { historyMessages } from '../history/messages';
import { importMessages } from '../imports/messages';
import { jobMessages } from '../jobs/messages';
import { programmeMessages } from '../loyalty-programme/messages';
import { mailingMessages } from '../mailings/messages';
import { noteMessages } from '../notes/messages';
import { notificationMessages } from '../notifications/messages';
import { purchaseMessages } from '../purchases/messages';
import { relationMessages } from '../relations/messages';
import { rfmMessages } from '../rfm/messages';
import { roleMessages } from '../roles/messages';
import { staffMessages } from '../staff/messages';
import { templateMessages } from '../templates/messages';
import { tierMessages } from '../tiers/messages';
import { workspaceSettingsMessages } from '../workspace-settings/messages';

/**
 * Screen families that keep their texts beside their screens: each exports { en, ru, fa } with the
 * same keys, merged over the main catalogues (messages.test.ts checks the keys match). The refusals'
 * texts (./problems) are merged by each language's catalogue, so Russian and Persian load on demand.
 */
export const FAMILY_MESSAGES: { en: object; ru: object; fa: object }[] = [
  purchaseMessages,
  tierMessages,
  groupMessages,
  programmeMessages,
  rfmMessages,
  staffMessages,
  roleMessages,
  auditMessages,
  apiKeyMessages,
  jobMessages,
  workspaceSettingsMessages,
  mailingMessages,
  notificationMessages,
  duplicateMessages,
  importMessages,
  relationMessages,
  categoryMessages,
  cardMessages,
  noteMessages,
  customerAnalyticsMessages,
  consentMessages,
  historyMessages,
  templateMessages,
  channelMessages,
  automationMessages,
];
