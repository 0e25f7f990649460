import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import farsiMessages from 'ra-language-farsi';
import russianMessages from 'ra-language-russian';
import type { TranslationMessages } from 'react-admin';
import { storedLocale } from '../preferences/store';
import { deepMerge } from './deepMerge';
import { en } from './en';
import { fa } from './fa';
import { isUiLocale, LOCALES, type UiLocale } from './locales';
import { ru } from './ru';

// react-admin's own texts under ours; English beneath both, for anything a translation pack lacks.
const catalogs = {
  en: deepMerge(englishMessages, en),
  ru: deepMerge(englishMessages, russianMessages, en, ru),
  fa: deepMerge(englishMessages, farsiMessages, en, fa),
} as Record<UiLocale, TranslationMessages>;

const LANGUAGE_NAMES = { en: en.patron.locale.en, ru: ru.patron.locale.ru, fa: fa.patron.locale.fa };

export const initialLocale: UiLocale = storedLocale() ?? 'en';

export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogs[isUiLocale(locale) ? locale : 'en'],
  initialLocale,
  LOCALES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);
