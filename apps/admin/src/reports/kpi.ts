import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/** How a figure moved against the previous period. */
export interface Change {
  /** value / previous − 1; null when there is nothing to divide by (no previous, or it was 0). */
  ratio: number | null;
  direction: 'up' | 'down' | 'flat';
}

/** null without comparison (the previous period was not asked for). */
export function change(value: number, previous: number | null | undefined): Change | null {
  if (previous === null || previous === undefined) return null;
  const direction = value > previous ? 'up' : value < previous ? 'down' : 'flat';
  if (previous === 0) return { ratio: value === 0 ? 0 : null, direction };
  return { ratio: value / previous - 1, direction };
}

/** A change as people read it, with its sign, in the language's digits: +12.5%, −3%, 0%. */
export function changeLabel(ratio: number, locale: string): string {
  const digits = Math.abs(ratio) < 0.1 && ratio !== 0 ? 1 : 0;
  return numberFormat(localeTag(locale), {
    style: 'percent',
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(ratio);
}
