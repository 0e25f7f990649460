import { fa, faWords } from '@patron/problems/texts/fa';
import { ru, ruWords } from '@patron/problems/texts/ru';
import { en, enWords } from './en';

/**
 * The texts of the API's refusals, `patron.problems.<CODE>`, and the words their parameters may
 * name, `patron.problemWords.*` (merged into the catalogues by i18n/familyMessages.ts).
 */
export const problemMessages = {
  en: { patron: { problems: en, problemWords: enWords } },
  ru: { patron: { problems: ru, problemWords: ruWords } },
  fa: { patron: { problems: fa, problemWords: faWords } },
};
