import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { e164Candidate, normalizePhone } from './phone.js';

const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string);
const arabic = (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] as string);

describe('phone numbers', () => {
  it.each([
    ['09121234567', '+989121234567'],
    ['۰۹۱۲۱۲۳۴۵۶۷', '+989121234567'],
    ['+98 912 123 4567', '+989121234567'],
    ['0098-912-123-4567', '+989121234567'],
    ['8 (912) 345-67-89', '+79123456789'],
    ['+7 912 345 67 89', '+79123456789'],
    ['79123456789', '+79123456789'],
    ['+44 7911 123456', '+447911123456'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each(['12345', 'call me', '+98 912', '0912123456789012', ''])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('every rendering of an Iranian mobile lands on one E.164 number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('910', '912', '913', '919', '901', '935', '936', '937', '938', '939'),
        fc.stringMatching(/^\d{7}$/),
        (code, rest) => {
          const national = `${code}${rest}`;
          const e164 = `+98${national}`;
          const forms = [
            `0${national}`,
            `+98${national}`,
            `0098${national}`,
            `+98 ${code} ${rest.slice(0, 3)} ${rest.slice(3)}`,
            `0${code}-${rest.slice(0, 3)}-${rest.slice(3)}`,
            persian(`0${national}`),
            arabic(`+98${national}`),
          ];
          for (const form of forms) expect(normalizePhone(form), form).toBe(e164);
        },
      ),
    );
  });

  it('every rendering of a Russian mobile lands on one E.164 number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('912', '915', '916', '926', '903', '985', '999'),
        fc.stringMatching(/^\d{7}$/),
        (code, rest) => {
          const e164 = `+7${code}${rest}`;
          const forms = [
            `8${code}${rest}`,
            `8 (${code}) ${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}`,
            `+7 ${code} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`,
            `7${code}${rest}`,
            persian(`+7${code}${rest}`),
          ];
          for (const form of forms) expect(normalizePhone(form), form).toBe(e164);
        },
      ),
    );
  });

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizePhone(s);
        if (once) expect(normalizePhone(once)).toBe(once);
      }),
    );
  });

  it('an E.164 candidate that is a valid stored number is what normalizing gives', () => {
    const rendering = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom('+98', '0098', '+7', '007', '+44', '+', ''),
          fc.stringMatching(/^[\d ()-]{0,16}$/),
        )
        .map(([prefix, rest]) => prefix + rest),
      fc.stringMatching(/^\d{7}$/).map((rest) => arabic(`+98 912 ${rest}`)),
    );
    fc.assert(
      fc.property(rendering, (s) => {
        const candidate = e164Candidate(s);
        if (candidate && normalizePhone(candidate) === candidate) expect(normalizePhone(s)).toBe(candidate);
      }),
    );
    expect(e164Candidate('+98 (912) 123-4567')).toBe('+989121234567');
    expect(e164Candidate('09121234567')).toBeNull();
  });
});
