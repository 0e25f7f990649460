import type { TranslationMessages } from 'react-admin';
import { englishCatalog } from './englishCatalog';
import type { UiLocale } from './locales';
import { persianCatalog } from './persianCatalog';
import { russianCatalog } from './russianCatalog';

/** Every text of the admin by language (tests; the app loads Russian and Persian on demand, i18nProvider.ts). */
export const CATALOGS: Record<UiLocale, TranslationMessages> = {
  en: englishCatalog,
  ru: russianCatalog,
  fa: persianCatalog,
};
