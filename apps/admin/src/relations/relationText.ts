import { type LocalizedText, localized } from '../i18n/localized';

/** A relation as history recorded it ({ label, name } of the other customer): "Parent: Vera Ivanova". */
export function relationText(value: unknown, locale: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const { label, name, type } = value as { label?: LocalizedText; name?: string; type?: string };
  return `${localized(label, locale, type ?? '')}: ${name ?? ''}`;
}
