import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { loadRtlCache } from '../layout/emotionCaches';
import { storedLocale } from '../preferences/store';
import { enFirstScreen as en } from './enFirstScreen';
import { firstScreenCatalog } from './firstScreenCatalog';
import { isRtl, isUiLocale, LOCALES, type UiLocale } from './locales';

const LANGUAGE_NAMES = en.patron.locale;

// Each language's whole catalogue is downloaded when first needed: English with the first lazy screen
// (the first screen carries its own part of it), Russian and Persian when the language is first used.
const catalogs: Partial<Record<UiLocale, TranslationMessages>> = {};

async function loadCatalog(locale: UiLocale): Promise<TranslationMessages> {
  const loaded = catalogs[locale];
  if (loaded) return loaded;
  // A right-to-left language's mirrored styles come with its texts: the screen turns when both are in.
  const [catalog] = await Promise.all([
    locale === 'en'
      ? import('./englishCatalog').then((m) => m.englishCatalog)
      : locale === 'ru'
        ? import('./russianCatalog').then((m) => m.russianCatalog)
        : import('./persianCatalog').then((m) => m.persianCatalog),
    isRtl(locale) ? loadRtlCache() : undefined,
  ]);
  catalogs[locale] = catalog;
  return catalog;
}

export const initialLocale: UiLocale = storedLocale() ?? 'en';

let started = false;
const polyglot = polyglotI18nProvider(
  (locale) => {
    const wanted = isUiLocale(locale) ? locale : 'en';
    // The provider asks for English synchronously once, as it starts: the first screen's part.
    if (!started && wanted === 'en') return firstScreenCatalog;
    return catalogs[wanted] ?? loadCatalog(wanted);
  },
  'en',
  LOCALES.map((locale) => ({ locale, name: LANGUAGE_NAMES[locale] })),
);
started = true;

export const i18nProvider: I18nProvider = polyglot;

/**
 * Resolves once the stored language's texts are in (main.tsx shows the app then). Not a top-level
 * await: the language's chunk imports modules of the first one, which would wait for each other.
 */
export const i18nReady: Promise<void> =
  initialLocale === 'en' ? Promise.resolve() : polyglot.changeLocale(initialLocale).catch(() => undefined);

let wholeEnglish: Promise<void> | undefined;

/**
 * Resolves once every text of the language in use is in: lazy screens and dialogs wait for it before
 * they render (common/lazyScreen.tsx, lazyPart.tsx). Only English starts with part of its texts.
 */
export function allTexts(): Promise<void> {
  wholeEnglish ??= loadCatalog('en').then(async () => {
    // Russian or Persian in use (or being switched to): their catalogues already hold every English text.
    if (polyglot.getLocale() === 'en') await polyglot.changeLocale('en');
  });
  return wholeEnglish;
}
