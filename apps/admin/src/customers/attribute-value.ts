import type { AttributeDefinition } from '../api/registry';
import { localized } from '../api/registry';

export interface ValueFormatting {
  locale: string;
  formatDate(value: string, withTime?: boolean): string;
  translate(key: string): string;
}

/** One attribute value as people read it: calendar-aware dates, choice labels, yes/no. */
export function formatAttributeValue(
  def: AttributeDefinition | undefined,
  value: unknown,
  f: ValueFormatting,
): string {
  if (value === null || value === undefined || value === '') return f.translate('patron.empty');
  const choiceLabel = (v: unknown) => {
    const choice = def?.choices.find((c) => c.value === v);
    return choice ? localized(choice.label, f.locale, choice.value) : String(v);
  };
  switch (def?.type) {
    case 'DATE':
      return f.formatDate(String(value));
    case 'DATETIME':
      return f.formatDate(String(value), true);
    case 'BOOLEAN':
      return f.translate(value ? 'patron.yes' : 'patron.no');
    case 'SINGLE_CHOICE':
      return choiceLabel(value);
    case 'MULTIPLE_CHOICE':
      return Array.isArray(value) ? value.map(choiceLabel).join(', ') : String(value);
    case 'NUMBER':
    case 'MONEY':
      return typeof value === 'number'
        ? new Intl.NumberFormat(localeTag(f.locale)).format(value)
        : String(value);
    case 'ADDRESS':
      return typeof value === 'object' && value && 'text' in value
        ? String((value as { text: string }).text)
        : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

export function localeTag(locale: string): string {
  return { en: 'en-GB', ru: 'ru-RU', fa: 'fa-IR' }[locale] ?? 'en-GB';
}
