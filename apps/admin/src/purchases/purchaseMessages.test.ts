import { describe, expect, it } from 'vitest';
import { placeErrors } from '../common/placeErrors';
import { problemText } from '../problems/problemText';
import { badInput, translatorFor } from '../problems/testing';

const text = (locale: 'en' | 'ru' | 'fa') => (problem: Parameters<typeof problemText>[0]) =>
  problemText(problem, { translate: translatorFor(locale), locale, formatDate: (day) => `<${day}>` });

describe('purchase refusals', () => {
  it('show money with two decimals, in the language’s digits', () => {
    const [general] = placeErrors(
      [badInput([['input', 'spend'], 'SPEND_CAP_INVOICE', { max: 15, percent: 50 }])],
      ['amount'],
    ).general;
    if (!general) throw new Error('no refusal');
    expect(text('en')(general)).toBe('At most 15.00 of this invoice can be paid with balances (50%)');
    expect(text('ru')(general)).toBe('Балансом можно оплатить не больше 15,00 этого чека (50%)');
    expect(text('fa')(general)).toBe('حداکثر ۱۵٫۰۰ از این فاکتور را می‌توان با موجودی پرداخت کرد (۵۰٪)');
  });

  it('name the day of a daily cap in the user’s calendar and what was left to return', () => {
    const day = { code: 'SPEND_CAP_DAY', params: { max: 200, used: 150.5, date: '2026-11-23' }, message: '' };
    expect(text('en')(day)).toBe(
      'At most 200.00 a day can be paid with balances; 150.50 already used on <2026-11-23>',
    );
    const left = { code: 'RETURN_LEFT', params: { left: '12.5' }, message: '' };
    expect(text('en')(left)).toBe('At most 12.50 is left to return');
    expect(text('fa')(left)).toBe('حداکثر ۱۲٫۵۰ برای مرجوعی باقی مانده است');
  });

  it('show the year a purchase must follow without grouping its digits', () => {
    const old = { code: 'PURCHASE_TOO_OLD', params: { year: 2000 }, message: '' };
    expect(text('en')(old)).toBe('A date after 2000');
    expect(text('fa')(old)).toBe('تاریخی پس از سال ۲۰۰۰');
  });
});
