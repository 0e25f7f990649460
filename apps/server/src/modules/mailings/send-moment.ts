/**
 * When a message may leave and how many may leave now: pure functions of the clock, the
 * workspace's zone and its quiet hours, so the delivery step and the scheduler agree and tests need
 * no database. Time zones come from Intl (the IANA data PostgreSQL uses too).
 */

export interface QuietHours {
  /** 'HH:MM' local; a start after the end spans midnight (22:00–08:00). */
  start: string;
  end: string;
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at `at` (seconds dropped). */
export function localParts(at: Date, zone: string): LocalDateTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of format(zone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far `zone` is ahead of UTC at `at`, in ms. */
function offsetMs(at: Date, zone: string): number {
  const p = localParts(at, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (at.getTime() - at.getMilliseconds());
}

/**
 * The moment a wall-clock time in `zone` happens. A time the clocks skip (spring forward) is taken
 * as the same span after the jump (02:30 → 03:30); a time that happens twice, as the first.
 */
export function zonedMoment(local: LocalDateTime, zone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const first = wall - offsetMs(new Date(wall), zone);
  const second = wall - offsetMs(new Date(first), zone);
  if (first === second) return new Date(first);
  // Two offsets apply around a change: the earlier moment whose wall clock is right wins; in a gap
  // neither is right, and the offset from before the change moves the time past the jump.
  const fits = (t: number) => {
    const p = localParts(new Date(t), zone);
    return p.hour === local.hour && p.minute === local.minute && p.day === local.day;
  };
  const right = [first, second].filter(fits).sort((a, b) => a - b);
  return new Date(right[0] ?? Math.max(first, second));
}

/** 'YYYY-MM-DDTHH:MM' (seconds allowed and dropped) as a wall-clock time, or null. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  return { year, month, day, hour, minute };
}

export function localText(p: LocalDateTime): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

const minutesOf = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * When a message may leave: `now` itself outside quiet hours, else the local end of the quiet hours
 * (the next day's when the quiet hours span midnight and it is before midnight).
 */
export function nextSendMoment(now: Date, timeZone: string, quietHours: QuietHours | null): Date {
  if (!quietHours) return now;
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  if (start === end) return now;
  const local = localParts(now, timeZone);
  const minute = local.hour * 60 + local.minute;
  const spansMidnight = start > end;
  const quiet = spansMidnight ? minute >= start || minute < end : minute >= start && minute < end;
  if (!quiet) return now;
  const nextDay = spansMidnight && minute >= start;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + (nextDay ? 1 : 0)));
  const moment = zonedMoment(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: Math.floor(end / 60),
      minute: end % 60,
    },
    timeZone,
  );
  return moment.getTime() > now.getTime() ? moment : now;
}

/**
 * How many messages of a mailing may leave in the next minute: the throttle less what left in the
 * last minute, never more than `batch` (null throttle: no limit but the batch).
 */
export function allowedNextMinute(
  throttlePerMinute: number | null,
  sentInLastMinute: number,
  batch: number,
): number {
  if (throttlePerMinute == null) return batch;
  return Math.max(0, Math.min(batch, throttlePerMinute - sentInLastMinute));
}
