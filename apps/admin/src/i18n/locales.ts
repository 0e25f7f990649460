export type UiLocale = 'en' | 'ru' | 'fa';

export const LOCALES: readonly UiLocale[] = ['en', 'ru', 'fa'];

export const isUiLocale = (value: unknown): value is UiLocale => LOCALES.includes(value as UiLocale);

export const isRtl = (locale: string): boolean => locale === 'fa';

/** BCP 47 tags for Intl: numbers and dates in the language's own digits and conventions. */
export const LOCALE_TAGS: Record<UiLocale, string> = { en: 'en-GB', ru: 'ru-RU', fa: 'fa-IR' };

export const localeTag = (locale: string): string => (isUiLocale(locale) ? LOCALE_TAGS[locale] : 'en-GB');
