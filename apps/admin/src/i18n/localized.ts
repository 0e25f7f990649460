export type LocalizedText = { en?: string | null; ru?: string | null; fa?: string | null } | null | undefined;

/** Text in the UI language, else English, else the fallback (usually the key). */
export function localized(text: LocalizedText, locale: string, fallback: string): string {
  const byLocale = text as Record<string, string | null | undefined> | null | undefined;
  return byLocale?.[locale] || byLocale?.en || fallback;
}
