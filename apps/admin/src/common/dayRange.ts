import { fromIsoDate } from '../preferences/dates';

/** The instant a picked day (YYYY-MM-DD) ends in this browser's time zone: the next midnight, as ISO. */
export function endOfDay(day: string): string | null {
  const date = fromIsoDate(day);
  if (!date) return null;
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}

/** Its start: local midnight, as ISO. */
export function startOfDay(day: string): string | null {
  return fromIsoDate(day)?.toISOString() ?? null;
}

/**
 * Days picked as "from … to …", both included, as the API's range: `from` inclusive, `to` exclusive.
 */
export function dayRange(
  fromDay: string | null,
  toDay: string | null,
): { from: string | null; to: string | null } {
  return { from: fromDay ? startOfDay(fromDay) : null, to: toDay ? endOfDay(toDay) : null };
}
