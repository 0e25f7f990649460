import { newDate } from 'date-fns-jalali';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { persianDigits } from '../i18n/digits';
import { toIsoDate } from '../preferences/dates';
import {
  type Calendar,
  daysInMonth,
  fromIso,
  monthNames,
  readBirthDate,
  type TypedDay,
  toIso,
  typedDayOf,
} from './birthDate';
import { wordsFor } from './words';

const FAR_FUTURE = '9999-12-31';
const DAY = 86_400_000;

/** Every calendar day from 1 Jan 1900 to 31 Dec 2124, as YYYY-MM-DD. */
const isoDay = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2124, 11, 31) / DAY })
  .map((n) => new Date(n * DAY).toISOString().slice(0, 10));

/** A day that exists in the Jalali calendar, 1278 (1899) to 1502 (2124). */
const jalaliDay = fc
  .record({ year: fc.integer({ min: 1278, max: 1502 }), month: fc.integer({ min: 1, max: 12 }), d: fc.nat() })
  .map(({ year, month, d }) => ({ year, month, day: 1 + (d % daysInMonth('jalali', year, month)) }));

/** Each digit in Latin, Persian (۰–۹) or Arabic-Indic (٠–٩), as a phone's keyboard may give it. */
const anyDigits = (text: string) =>
  fc
    .array(fc.constantFrom(0x30, 0x06f0, 0x0660), { minLength: text.length, maxLength: text.length })
    .map((zeros) => [...text].map((c, i) => String.fromCharCode((zeros[i] ?? 0x30) + Number(c))).join(''));

const typed = (day: number, month: number, year: number): TypedDay => ({
  day: String(day),
  month: String(month),
  year: String(year),
});

describe('a birth date typed in the Jalali calendar', () => {
  it('comes back as the same day after the API’s YYYY-MM-DD (round trip)', () => {
    fc.assert(
      fc.property(jalaliDay, ({ year, month, day }) => {
        const read = readBirthDate('jalali', typed(day, month, year), FAR_FUTURE);
        expect(read.ok).toBe(true);
        const iso = (read as { iso: string }).iso;
        expect(fromIso('jalali', iso)).toEqual({ year, month, day });
        // What the inputs then show, in Persian digits, and what the page writes under them.
        expect(typedDayOf('fa', iso)).toEqual({
          day: persianDigits(String(day)),
          month: String(month),
          year: persianDigits(String(year)),
        });
        const shown = wordsFor('fa').date(iso);
        expect(shown).toContain(persianDigits(String(year)));
        expect(shown.startsWith(`${persianDigits(String(day))} `)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the Gregorian day date-fns-jalali gives for it, an independent reckoning', () => {
    fc.assert(
      fc.property(jalaliDay, ({ year, month, day }) => {
        expect(toIso('jalali', year, month, day)).toBe(toIsoDate(newDate(year, month - 1, day)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads Persian, Arabic-Indic and Latin digits alike, mixed as they come', () => {
    fc.assert(
      fc.property(
        jalaliDay.chain((d) =>
          fc.tuple(
            fc.constant(d),
            anyDigits(String(d.day)),
            anyDigits(String(d.year)),
            fc.constantFrom('', ' '),
          ),
        ),
        ([{ year, month, day }, dayText, yearText, space]) => {
          const read = readBirthDate(
            'jalali',
            { day: `${space}${dayText}`, month: String(month), year: `${yearText}${space}` },
            FAR_FUTURE,
          );
          expect(read).toEqual({ ok: true, iso: toIso('jalali', year, month, day) });
        },
      ),
    );
  });

  it('refuses 30 Esfand of a common year and takes it in a leap year', () => {
    expect(daysInMonth('jalali', 1402, 12)).toBe(29);
    expect(daysInMonth('jalali', 1403, 12)).toBe(30);
    expect(readBirthDate('jalali', typed(30, 12, 1402), FAR_FUTURE)).toEqual({
      ok: false,
      why: 'noSuchDay',
      day: 30,
      month: 12,
      year: 1402,
    });
    expect(readBirthDate('jalali', typed(30, 12, 1403), FAR_FUTURE)).toEqual({ ok: true, iso: '2025-03-20' });
    expect(readBirthDate('jalali', typed(31, 7, 1369), FAR_FUTURE)).toMatchObject({ why: 'noSuchDay' });
    expect(readBirthDate('jalali', typed(13, 1, 1369), FAR_FUTURE)).toEqual({ ok: true, iso: '1990-04-02' });
  });
});

describe('a birth date typed in the Gregorian calendar', () => {
  it('comes back as the same day after the API’s YYYY-MM-DD, in any language', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.constantFrom('en', 'ru', 'fa') as fc.Arbitrary<'en' | 'ru' | 'fa'>,
        (iso, locale) => {
          const calendar: Calendar = locale === 'fa' ? 'jalali' : 'gregorian';
          expect(readBirthDate(calendar, typedDayOf(locale, iso), FAR_FUTURE)).toEqual({ ok: true, iso });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses 30 February and 29 February of a common year', () => {
    expect(readBirthDate('gregorian', typed(30, 2, 2000), FAR_FUTURE)).toMatchObject({ why: 'noSuchDay' });
    expect(readBirthDate('gregorian', typed(29, 2, 1900), FAR_FUTURE)).toMatchObject({ why: 'noSuchDay' });
    expect(readBirthDate('gregorian', typed(29, 2, 2000), FAR_FUTURE)).toEqual({
      ok: true,
      iso: '2000-02-29',
    });
    expect(readBirthDate('gregorian', typed(0, 5, 2000), FAR_FUTURE)).toMatchObject({ why: 'noSuchDay' });
  });
});

describe('what a birth date is refused for before it is sent', () => {
  it('clears the date when all three inputs are empty, and asks for all three otherwise', () => {
    expect(readBirthDate('jalali', { day: ' ', month: '', year: '' }, FAR_FUTURE)).toEqual({
      ok: true,
      iso: null,
    });
    expect(readBirthDate('jalali', { day: '۱۲', month: '', year: '۱۳۶۹' }, FAR_FUTURE)).toEqual({
      ok: false,
      why: 'incomplete',
    });
  });

  it('wants the year in full, as the calendar counts it', () => {
    expect(readBirthDate('gregorian', typed(2, 4, 90), FAR_FUTURE)).toEqual({
      ok: false,
      why: 'year',
      example: 1990,
    });
    expect(readBirthDate('jalali', { day: '۲', month: '1', year: '۶۹' }, FAR_FUTURE)).toEqual({
      ok: false,
      why: 'year',
      example: 1369,
    });
    expect(readBirthDate('jalali', { day: '۲', month: '1', year: 'abc' }, FAR_FUTURE)).toMatchObject({
      why: 'year',
    });
  });

  it('refuses a day after today, and takes today', () => {
    expect(readBirthDate('gregorian', typed(8, 12, 2026), '2026-12-07')).toEqual({
      ok: false,
      why: 'future',
    });
    expect(readBirthDate('gregorian', typed(7, 12, 2026), '2026-12-07')).toEqual({
      ok: true,
      iso: '2026-12-07',
    });
    // 17 Azar 1405 is 8 December 2026.
    expect(readBirthDate('jalali', typed(17, 9, 1405), '2026-12-07')).toEqual({ ok: false, why: 'future' });
    expect(readBirthDate('jalali', typed(16, 9, 1405), '2026-12-07')).toEqual({
      ok: true,
      iso: '2026-12-07',
    });
  });
});

describe('the month names of the list', () => {
  it('are the calendar’s, in the language, as a list shows them', () => {
    expect(monthNames('fa', 'jalali')[0]).toBe('فروردین');
    expect(monthNames('fa', 'jalali')[11]).toBe('اسفند');
    expect(monthNames('en', 'gregorian')[0]).toBe('January');
    expect(monthNames('ru', 'gregorian')[1]).toBe('Февраль');
    for (const names of [monthNames('fa', 'jalali'), monthNames('ru', 'gregorian')])
      expect(new Set(names).size).toBe(12);
  });
});
