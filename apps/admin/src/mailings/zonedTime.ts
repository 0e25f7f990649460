import { dateTimeFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/**
 * A moment as the wall clock of `timeZone` shows it, in the reader's language and calendar
 * (Jalali for Persian unless chosen otherwise): schedules are set in the workspace's zone.
 */
export function formatInZone(
  value: string | Date,
  locale: string,
  calendar: string,
  timeZone: string,
): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const tag = `${localeTag(locale)}-u-ca-${calendar === 'JALALI' ? 'persian' : 'gregory'}`;
  return dateTimeFormat(tag, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The picker works in the browser's zone; the schedule is a wall-clock time of the workspace's.
 * The same wall-clock figures are carried across, so what is picked is what is stored.
 */
export function wallClockToPicker(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi).toISOString();
}

export function pickerToWallClock(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
