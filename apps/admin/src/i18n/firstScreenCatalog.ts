import shellTexts from 'virtual:patron-shell-texts';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en as notificationTexts } from '../notifications/messages';
import { deepMerge } from './deepMerge';
import { enFirstScreen as en } from './enFirstScreen';

/**
 * The English texts the sign-in page and the customer list show: react-admin's, the shell's (enFirstScreen.ts),
 * every family's name in the menu and the bell's family. No refusal's: a refusal fetches them
 * (problems/currentProblemText.ts). The rest of the English catalogue (englishCatalog.ts) is fetched before the first
 * lazy screen or dialog opens (i18nProvider.ts); the same layers in the same order.
 */
export const firstScreenCatalog = deepMerge(
  englishMessages,
  en,
  ...shellTexts,
  notificationTexts,
) as TranslationMessages;
