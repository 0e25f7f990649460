import { latinDigits, persianDigits } from '../i18n/digits';

/**
 * A time of day as the API speaks it (HH:MM, Latin digits, 24 hours) from what a person typed: Persian
 * and Arabic-Indic digits and the Persian decimal point (٫) or "." between hours and minutes are read
 * too. Only the digits and the separator change; what is still no time (half typed, "25:00") stays for
 * the server to refuse on its input.
 */
export function typedTimeOfDay(text: string): string {
  return latinDigits(text)
    .trim()
    .replace(/[.\u066b]/g, ':');
}

/** A time of day (HH:MM) as a field shows it: Persian digits in Persian, as written elsewhere. */
export function shownTimeOfDay(value: string, locale: string): string {
  return locale === 'fa' ? persianDigits(value) : value;
}
