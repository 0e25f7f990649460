import { useEffect } from 'react';
import { useGetIdentity, useLocaleState } from 'react-admin';
import type { UiLocale } from '../i18n/i18nProvider';
import type { CalendarSystem } from '../preferences/dates';
import { useUiLocale } from '../preferences/UiLocaleContext';

/** After sign-in, the staff member's saved language and calendar win over this browser's. */
export function PreferencesSync() {
  const { identity } = useGetIdentity();
  const [, setRaLocale] = useLocaleState();
  const { setLocale, setCalendar } = useUiLocale();
  useEffect(() => {
    if (!identity || sessionStorage.getItem('patron.prefsApplied') === String(identity.id)) return;
    sessionStorage.setItem('patron.prefsApplied', String(identity.id));
    const locale = String(identity.locale ?? 'EN').toLowerCase() as UiLocale;
    setLocale(locale);
    setRaLocale(locale);
    setCalendar((identity.calendar as CalendarSystem | undefined) ?? null);
  }, [identity, setLocale, setRaLocale, setCalendar]);
  return null;
}
