import { useCallback } from 'react';
import { useLocaleState, useStore } from 'react-admin';
import { apollo } from '../apollo';
import type { CalendarSystem, Locale } from '../gql/graphql';
import type { UiLocale } from '../i18n/locales';
import { calendarAfterLocaleChange, effectiveCalendar } from './dates';
import { UpdateMyPreferencesMutation } from './documents';
import { CALENDAR_KEY } from './store';

/** Remembered on the server too, so the next sign-in anywhere starts the same way. */
function save(input: { locale?: Locale; calendar?: CalendarSystem }) {
  // Before sign-in (the login page) there is no one to save for; the browser keeps the choice.
  apollo.mutate({ mutation: UpdateMyPreferencesMutation, variables: { input } }).catch(() => undefined);
}

/** The language and calendar in force, and setters that also persist them. */
export function usePreferences() {
  const [locale, setRaLocale] = useLocaleState();
  const [chosen, setChosen] = useStore<CalendarSystem | undefined>(CALENDAR_KEY);
  const calendar = effectiveCalendar(locale, chosen);

  const setLocale = useCallback(
    (next: UiLocale) => {
      const nextCalendar = calendarAfterLocaleChange(locale, next, chosen);
      setRaLocale(next);
      setChosen(nextCalendar);
      save({ locale: next.toUpperCase() as Locale, calendar: nextCalendar });
    },
    [locale, chosen, setRaLocale, setChosen],
  );

  const setCalendar = useCallback(
    (next: CalendarSystem) => {
      setChosen(next);
      save({ calendar: next });
    },
    [setChosen],
  );

  return { locale: locale as UiLocale, calendar, setLocale, setCalendar };
}
