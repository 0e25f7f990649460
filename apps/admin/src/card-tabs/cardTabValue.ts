import type { CardTabValueFieldsFragment } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

export type CardTabValue = CardTabValueFieldsFragment;

export interface ValueFormatting {
  locale: string;
  /** A day (YYYY-MM-DD) or a moment in the staff member's calendar (useCalendar). */
  formatDate(value: string, withTime?: boolean): string;
}

const ISO_CURRENCY = /^[A-Z]{3}$/;

/** An amount with its currency: Intl's symbol and decimals for an ISO code, else the name after it. */
export function formatCardTabMoney(amount: number, currency: string, locale: string): string {
  const tag = localeTag(locale);
  if (ISO_CURRENCY.test(currency)) {
    try {
      return numberFormat(tag, { style: 'currency', currency }).format(amount);
    } catch {
      // A three-letter name Intl does not know as a currency: said like any other name.
    }
  }
  return `${numberFormat(tag, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
}

/** A value as text in the staff member's language: their digits, their calendar. */
export function cardTabValueText(value: CardTabValue, f: ValueFormatting): string {
  switch (value.kind) {
    case 'NUMBER':
      return numberFormat(localeTag(f.locale)).format(value.number ?? 0);
    case 'MONEY':
      return formatCardTabMoney(value.number ?? 0, value.currency ?? '', f.locale);
    case 'DATE':
      return value.date ? f.formatDate(value.date) : '';
    case 'DATETIME':
      return value.at ? f.formatDate(value.at, true) : '';
    case 'LINK':
      return value.text ?? value.url ?? '';
    default:
      return value.text ?? '';
  }
}
