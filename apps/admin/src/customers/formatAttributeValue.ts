import { COUNTRY_ATTRIBUTE, countryName } from '../countries/countries';
import type { AttributeType } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { type LocalizedText, localized } from '../i18n/localized';

export interface ValueDefinition {
  /** The attribute's key: the country attribute's code is shown as the country's name. */
  key?: string;
  type: AttributeType;
  choices: readonly { value: string; label: LocalizedText }[];
  /** A number's digits after the point (a balance's currency: 12.50, not 12.5). */
  decimals?: number | null;
}

export interface ValueFormatting {
  locale: string;
  formatDate(value: string, withTime?: boolean): string;
  translate(key: string): string;
}

/** One attribute value as people read it: dates in their calendar, choice labels, yes/no, local digits, country names. */
export function formatAttributeValue(
  def: ValueDefinition | undefined,
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
      return Array.isArray(value)
        ? value.map(choiceLabel).join(f.translate('patron.comma'))
        : choiceLabel(value);
    case 'NUMBER':
    case 'MONEY':
      return typeof value === 'number'
        ? numberFormat(
            localeTag(f.locale),
            def.decimals == null
              ? undefined
              : { minimumFractionDigits: def.decimals, maximumFractionDigits: def.decimals },
          ).format(value)
        : String(value);
    case 'ADDRESS':
      return typeof value === 'object' && 'text' in value
        ? String((value as { text?: unknown }).text ?? '')
        : String(value);
    default:
      if (def?.key === COUNTRY_ATTRIBUTE && typeof value === 'string')
        return countryName(value, localeTag(f.locale));
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
