import shellTexts from 'virtual:patron-shell-texts';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en as notificationTexts } from '../notifications/messages';
import { deepMerge } from './deepMerge';
import { en } from './en';

/**
 * The English texts the sign-in page and the customer list show: react-admin's, the shell's (en.ts),
 * each family's names in the menu and on the list's toolbar, the bell's family. The rest of the
 * English catalogue (englishCatalog.ts, with the refusals' texts) is fetched before the first lazy
 * screen or dialog opens (i18nProvider.ts); until then a refusal reads as the server's English
 * message (problems/problemText.ts). The same layers in the same order.
 */
export const firstScreenCatalog = deepMerge(
  englishMessages,
  en,
  ...shellTexts,
  notificationTexts,
) as TranslationMessages;
