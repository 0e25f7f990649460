import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { deepMerge } from './deepMerge';
import { en } from './en';
import { FAMILY_EN } from './familyMessages';
import { en as problems, enWords as problemWords } from './problems/en';

/** Our English texts over react-admin's; beneath every other language, for anything it lacks. */
export const englishLayers = (): Record<string, unknown>[] => [
  en,
  ...(FAMILY_EN as Record<string, unknown>[]),
  { patron: { problems, problemWords } },
];

/** Every English text of the admin, as polyglot reads them (loaded with the first screen). */
export const englishCatalog = deepMerge(englishMessages, ...englishLayers()) as TranslationMessages;
