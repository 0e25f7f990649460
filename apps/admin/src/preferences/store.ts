import { localStorageStore } from 'react-admin';
import type { CalendarSystem } from '../gql/graphql';
import { isUiLocale, type UiLocale } from '../i18n/locales';

/**
 * react-admin's store, shared with the code outside <Admin> (theme direction, sign-in):
 * its `locale` key is the one react-admin's i18n already follows.
 */
export const store = localStorageStore('1', 'Patron');

export const LOCALE_KEY = 'locale';
export const CALENDAR_KEY = 'patron.calendar';

// Signing out empties react-admin's store; the sign-in page should still speak the last language used here.
const LAST_LOCALE = 'patron.lastLocale';

store.subscribe(LOCALE_KEY, (value) => {
  if (isUiLocale(value)) window.localStorage.setItem(LAST_LOCALE, value);
});

export function storedLocale(): UiLocale | undefined {
  const value = store.getItem(LOCALE_KEY) ?? window.localStorage.getItem(LAST_LOCALE);
  return isUiLocale(value) ? value : undefined;
}

/** The staff member's saved preferences win over this browser's when they sign in. */
export function applyPreferences(locale: string, calendar: CalendarSystem): void {
  const lower = locale.toLowerCase();
  // Only a change is written: each write re-renders everything that follows the language.
  if (isUiLocale(lower) && store.getItem(LOCALE_KEY) !== lower) store.setItem(LOCALE_KEY, lower);
  if (store.getItem(CALENDAR_KEY) !== calendar) store.setItem(CALENDAR_KEY, calendar);
}
