import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intlFormats';

describe('intlFormats', () => {
  it('builds a format once per tag and options, and formats as Intl does', () => {
    expect(numberFormat('fa-IR')).toBe(numberFormat('fa-IR'));
    expect(numberFormat('fa-IR')).not.toBe(numberFormat('fa-IR', { useGrouping: false }));
    expect(numberFormat('fa-IR', { useGrouping: false }).format(1234)).toBe('۱۲۳۴');
    expect(numberFormat('en-GB').format(1234)).toBe('1,234');
    const jalali = dateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', timeZone: 'UTC' });
    expect(jalali).toBe(dateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', timeZone: 'UTC' }));
    expect(jalali.format(new Date('2026-12-05T00:00:00Z'))).toBe('۱۴۰۵');
  });
});
