import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import farsiMessages from 'ra-language-farsi';
import russianMessages from 'ra-language-russian';
import type { TranslationMessages } from 'react-admin';
import { storedLocale } from '../preferences/store';
import { deepMerge } from './deepMerge';
import { en } from './en';
import { fa } from './fa';
import { FAMILY_MESSAGES } from './familyMessages';
import { isUiLocale, LOCALES, type UiLocale } from './locales';
import { ru } from './ru';

// react-admin's own texts under ours; English beneath both, for anything a translation pack lacks.
const family = (locale: UiLocale) => FAMILY_MESSAGES.map((m) => m[locale] as Record<string, unknown>);
const catalogs = {
  en: deepMerge(englishMessages, en, ...family('en')),
  ru: deepMerge(englishMessages, russianMessages, en, ...family('en'), ru, ...family('ru')),
  fa: deepMerge(englishMessages, farsiMessages, en, ...family('en'), fa, ...family('fa')),
} as Record<UiLocale, TranslationMessages>;

const LANGUAGE_NAMES = { en: en.patron.locale.en, ru: ru.patron.locale.ru, fa: fa.patron.locale.fa };

export const initialLocale: UiLocale = storedLocale() ?? 'en';

export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogs[isUiLocale(locale) ? locale : 'en'],
  initialLocale,
  LOCALES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);
