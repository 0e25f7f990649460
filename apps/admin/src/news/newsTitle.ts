import type { LocalizedText } from '../i18n/localized';

/** A post's title in the screen's language, else the first written of English, Russian and Persian. */
export function newsTitle(title: LocalizedText, locale: string): string {
  const byLanguage = (title ?? {}) as Record<string, string | null | undefined>;
  return byLanguage[locale] || byLanguage.en || byLanguage.ru || byLanguage.fa || '';
}
