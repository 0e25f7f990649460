import polyglotI18nProvider from 'ra-i18n-polyglot';
import { storedLocale } from '../preferences/store';
import { CATALOGS } from './catalogs';
import { en } from './en';
import { fa } from './fa';
import { isUiLocale, LOCALES, type UiLocale } from './locales';
import { ru } from './ru';

const LANGUAGE_NAMES = { en: en.patron.locale.en, ru: ru.patron.locale.ru, fa: fa.patron.locale.fa };

export const initialLocale: UiLocale = storedLocale() ?? 'en';

export const i18nProvider = polyglotI18nProvider(
  (locale) => CATALOGS[isUiLocale(locale) ? locale : 'en'],
  initialLocale,
  LOCALES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);
