export type Calendar = 'GREGORIAN' | 'JALALI';
export type DateStyle = 'CALENDAR' | 'ISO';

/**
 * Dates as the requester reads them: ISO 8601, or their calendar. Jalali comes from Intl's Persian
 * calendar, the same source the admin app formats with (`fa-IR-u-ca-persian`), with Latin digits so
 * a spreadsheet can sort and parse the column. Each day is converted once: a million rows have a few
 * thousand distinct days.
 */
export class DateWriter {
  private readonly days = new Map<string, string>();
  private readonly persian = new Intl.DateTimeFormat('en-u-ca-persian', {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

  constructor(
    readonly style: DateStyle,
    readonly calendar: Calendar,
  ) {}

  /** `value` is 'YYYY-MM-DD'. */
  date(value: string): string {
    if (this.style === 'ISO' || this.calendar === 'GREGORIAN') return value;
    let day = this.days.get(value);
    if (day === undefined) {
      day = this.jalali(value);
      this.days.set(value, day);
    }
    return day;
  }

  /**
   * `value` is 'YYYY-MM-DD HH:MI' in the workspace's time zone (calendar style) or an ISO instant
   * in UTC (ISO style); the SQL that reads the column chooses which.
   */
  dateTime(value: string): string {
    if (this.style === 'ISO') return value;
    return `${this.date(value.slice(0, 10))}${value.slice(10)}`;
  }

  private jalali(value: string): string {
    const at = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(at.getTime())) return value;
    const parts = Object.fromEntries(this.persian.formatToParts(at).map((p) => [p.type, p.value]));
    return `${parts.year}/${parts.month}/${parts.day}`;
  }
}
