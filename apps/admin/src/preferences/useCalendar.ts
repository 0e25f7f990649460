import { type CalendarSystem, effectiveCalendar, formatDate } from './dates';
import { useUiLocale } from './UiLocaleContext';

/** The calendar in force and a formatter bound to it. */
export function useCalendar(): {
  calendar: CalendarSystem;
  format(value: string | Date, withTime?: boolean): string;
} {
  const { locale, calendar } = useUiLocale();
  const inForce = effectiveCalendar(locale, calendar);
  return {
    calendar: inForce,
    format: (value, withTime = false) => formatDate(value, locale, inForce, withTime),
  };
}
