import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import farsiMessages from 'ra-language-farsi';
import russianMessages from 'ra-language-russian';
import { en } from './en';
import { fa } from './fa';
import { ru } from './ru';

export type UiLocale = 'en' | 'ru' | 'fa';
export const LOCALES: UiLocale[] = ['en', 'ru', 'fa'];

const catalogs = {
  en: { ...englishMessages, ...en },
  ru: { ...russianMessages, ...ru },
  fa: { ...farsiMessages, ...fa },
};

const saved = localStorage.getItem('patron.locale');
export const initialLocale: UiLocale = LOCALES.includes(saved as UiLocale) ? (saved as UiLocale) : 'en';

// No list of available locales here: the app bar's own switcher also sets direction and saves the choice.
export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogs[locale as UiLocale] ?? catalogs.en,
  initialLocale,
);
