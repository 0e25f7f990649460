import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownTimeOfDay, typedTimeOfDay } from './timeOfDay';

const pad = (n: number) => String(n).padStart(2, '0');
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
/** Each digit in Latin, Persian (۰–۹) or Arabic-Indic (٠–٩). */
const anyDigits = (text: string) =>
  fc
    .array(fc.constantFrom(0x30, 0x06f0, 0x0660), { minLength: text.length, maxLength: text.length })
    .map((zeros) =>
      [...text]
        .map((c, i) => (/\d/.test(c) ? String.fromCharCode((zeros[i] ?? 0x30) + Number(c)) : c))
        .join(''),
    );

describe('a time of day typed and shown', () => {
  it('is read as the API’s HH:MM from any digits and separator, and shown back the same in every language', () => {
    fc.assert(
      fc.property(
        clock.chain((t) =>
          fc.tuple(
            fc.constant(t),
            anyDigits(t),
            fc.constantFrom(':', '.', '\u066b'),
            fc.constantFrom('en', 'ru', 'fa'),
          ),
        ),
        ([time, typed, separator, locale]) => {
          expect(typedTimeOfDay(` ${typed.replace(':', separator)} `)).toBe(time);
          expect(typedTimeOfDay(shownTimeOfDay(time, locale))).toBe(time);
        },
      ),
    );
  });

  it('is shown in Persian digits in fa and as stored elsewhere', () => {
    expect(shownTimeOfDay('22:30', 'fa')).toBe('۲۲:۳۰');
    expect(shownTimeOfDay('22:30', 'ru')).toBe('22:30');
    expect(shownTimeOfDay('', 'fa')).toBe('');
  });

  it('leaves what is no time yet for the server to refuse', () => {
    expect(typedTimeOfDay('۲۵:۰۰')).toBe('25:00');
    expect(typedTimeOfDay('۲۲:')).toBe('22:');
  });
});
