import { formatDate } from './dates';
import { usePreferences } from './usePreferences';

/** The calendar in force and a date formatter bound to it and to the UI language. */
export function useCalendar() {
  const { locale, calendar } = usePreferences();
  return {
    calendar,
    format: (value: string | Date, withTime = false) => formatDate(value, locale, calendar, withTime),
    /** The same with the month abbreviated, for table cells. */
    formatShort: (value: string | Date, withTime = false) =>
      formatDate(value, locale, calendar, withTime, 'short'),
  };
}
