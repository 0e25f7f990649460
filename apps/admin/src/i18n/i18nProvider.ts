import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { storedLocale } from '../preferences/store';
import { en } from './en';
import { englishCatalog } from './englishCatalog';
import { isUiLocale, LOCALES, type UiLocale } from './locales';

const LANGUAGE_NAMES = en.patron.locale;

// Russian and Persian texts are downloaded when the language is first used, not with the first screen.
const catalogs: Partial<Record<UiLocale, TranslationMessages>> = { en: englishCatalog };

async function loadCatalog(locale: UiLocale): Promise<TranslationMessages> {
  const loaded = catalogs[locale];
  if (loaded) return loaded;
  const catalog =
    locale === 'ru'
      ? (await import('./russianCatalog')).russianCatalog
      : (await import('./persianCatalog')).persianCatalog;
  catalogs[locale] = catalog;
  return catalog;
}

export const initialLocale: UiLocale = storedLocale() ?? 'en';

const polyglot = polyglotI18nProvider(
  (locale) => {
    const wanted = isUiLocale(locale) ? locale : 'en';
    return catalogs[wanted] ?? loadCatalog(wanted);
  },
  'en',
  LOCALES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);

export const i18nProvider: I18nProvider = polyglot;

/**
 * Resolves once the stored language's texts are in (main.tsx shows the app then). Not a top-level
 * await: the language's chunk imports modules of the first one, which would wait for each other.
 */
export const i18nReady: Promise<void> =
  initialLocale === 'en' ? Promise.resolve() : polyglot.changeLocale(initialLocale).catch(() => undefined);
