import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { initialLocale, type UiLocale } from '../i18n/i18nProvider';
import type { CalendarSystem } from './dates';

interface UiLocaleState {
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
  /** Null: follow the language (Jalali for Persian). */
  calendar: CalendarSystem | null;
  setCalendar(calendar: CalendarSystem | null): void;
}

const Context = createContext<UiLocaleState | null>(null);

const savedCalendar = localStorage.getItem('patron.calendar');

/** Lives outside react-admin so that direction and theme can follow the language. */
export function UiLocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<UiLocale>(initialLocale);
  const [calendar, setCalendar] = useState<CalendarSystem | null>(
    savedCalendar === 'GREGORIAN' || savedCalendar === 'JALALI' ? savedCalendar : null,
  );
  useEffect(() => {
    localStorage.setItem('patron.locale', locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === 'fa' ? 'rtl' : 'ltr';
  }, [locale]);
  useEffect(() => {
    if (calendar) localStorage.setItem('patron.calendar', calendar);
    else localStorage.removeItem('patron.calendar');
  }, [calendar]);
  const value = useMemo(() => ({ locale, setLocale, calendar, setCalendar }), [locale, calendar]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useUiLocale(): UiLocaleState {
  const value = useContext(Context);
  if (!value) throw new Error('useUiLocale needs UiLocaleProvider');
  return value;
}
