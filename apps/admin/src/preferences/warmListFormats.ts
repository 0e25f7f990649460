import type { CalendarSystem } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { formatDate } from './dates';

/**
 * Builds the number and date formats the customer list uses while the sign-in page waits for the
 * user to type: a language's first formatter loads its locale data (~35 ms on the bench machine),
 * which otherwise falls between the sign-in and the first rows.
 */
export function warmListFormats(locale: string, calendar: CalendarSystem): void {
  numberFormat(localeTag(locale)).format(0);
  formatDate('2000-01-01', locale, calendar, false, 'short');
  formatDate(new Date(0), locale, calendar, false, 'short');
}
