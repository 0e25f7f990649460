/** A calendar month as the charts show it: its number in the calendar and its first day (ISO). */
export interface CalendarMonth {
  /** `YYYY-MM` in the calendar asked for (`1405-09` is Azar 1405 in the Jalali calendar). */
  month: string;
  /** Its first day, Gregorian YYYY-MM-DD. */
  from: string;
}

const DAY_MS = 86_400_000;

function monthOf(day: Date, format: Intl.DateTimeFormat): string {
  const parts = format.formatToParts(day);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month').padStart(2, '0')}`;
}

/**
 * The last `count` months of a calendar up to and including the one holding `today` (YYYY-MM-DD),
 * oldest first. Intl knows the Jalali calendar (PostgreSQL does not), so months are found here by
 * walking back day by day: at most 31 steps a month.
 */
export function lastMonths(today: string, count: number, calendar: 'GREGORIAN' | 'JALALI'): CalendarMonth[] {
  const format = new Intl.DateTimeFormat(`en-u-ca-${calendar === 'JALALI' ? 'persian' : 'gregory'}-nu-latn`, {
    year: 'numeric',
    month: 'numeric',
    timeZone: 'UTC',
  });
  const months: CalendarMonth[] = [];
  let day = new Date(`${today}T00:00:00Z`);
  let current = monthOf(day, format);
  for (;;) {
    const before = new Date(day.getTime() - DAY_MS);
    const month = monthOf(before, format);
    if (month !== current) {
      months.push({ month: current, from: day.toISOString().slice(0, 10) });
      if (months.length === count) return months.reverse();
      current = month;
    }
    day = before;
  }
}
