import englishMessages from 'ra-language-english';
import farsiMessages from 'ra-language-farsi';
import russianMessages from 'ra-language-russian';
import type { TranslationMessages } from 'react-admin';
import { deepMerge } from './deepMerge';
import { en } from './en';
import { fa } from './fa';
import { FAMILY_MESSAGES } from './familyMessages';
import type { UiLocale } from './locales';
import { ru } from './ru';

// react-admin's own texts under ours; English beneath both, for anything a translation pack lacks.
const family = (locale: UiLocale) => FAMILY_MESSAGES.map((m) => m[locale] as Record<string, unknown>);

/** Every text of the admin by language, as polyglot reads them. */
export const CATALOGS = {
  en: deepMerge(englishMessages, en, ...family('en')),
  ru: deepMerge(englishMessages, russianMessages, en, ...family('en'), ru, ...family('ru')),
  fa: deepMerge(englishMessages, farsiMessages, en, ...family('en'), fa, ...family('fa')),
} as Record<UiLocale, TranslationMessages>;
