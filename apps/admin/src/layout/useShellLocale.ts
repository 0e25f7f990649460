import { useSyncExternalStore } from 'react';
import { i18nProvider } from '../i18n/i18nProvider';
import { isUiLocale, type UiLocale } from '../i18n/locales';
import { LOCALE_KEY, store, storedLocale } from '../preferences/store';

const current = (): UiLocale => {
  const locale = storedLocale() ?? i18nProvider.getLocale();
  return isUiLocale(locale) ? locale : 'en';
};

/** The UI language for what wraps <Admin> (direction, theme, emotion cache), read from react-admin's store. */
export function useShellLocale(): UiLocale {
  return useSyncExternalStore((onChange) => store.subscribe(LOCALE_KEY, onChange), current);
}
