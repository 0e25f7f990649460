import { describe, expect, it } from 'vitest';
import { type ProblemMessage, type ProblemTextOptions, problemText } from './problemText';
import { translatorFor } from './testing';

/** The workspace's currencies as useCurrencies() gives them: a name per language, decimal places. */
const CURRENCIES: Record<string, { name: Record<string, string>; decimals: number }> = {
  coins: { name: { en: 'Coins', ru: 'Монеты', fa: 'سکه' }, decimals: 0 },
  credit: { name: { en: 'Credit', ru: 'Кредит', fa: 'اعتبار' }, decimals: 2 },
};

const options = (locale: 'en' | 'ru' | 'fa'): ProblemTextOptions => ({
  translate: translatorFor(locale),
  locale,
  currencyName: (key) => CURRENCIES[key]?.name[locale] ?? key,
  currencyDecimals: (key) => CURRENCIES[key]?.decimals,
});

const tooLow = (currency: string, available: number, asked: number): ProblemMessage => ({
  code: 'BALANCE_TOO_LOW',
  params: { available, asked, currency },
  message: `The balance is too low: ${available} ${currency} available, ${asked} asked`,
});

describe('problemText', () => {
  it('formats a BALANCE_TOO_LOW in Persian: Persian digits and the currency’s Persian name', () => {
    expect(problemText(tooLow('coins', 1500, 40), options('fa'))).toBe(
      'موجودی سکه کافی نیست: ۱٬۵۰۰ موجود است و ۴۰ درخواست شده',
    );
  });

  it('shows amounts with the decimals of the currency the refusal names', () => {
    expect(problemText(tooLow('credit', 0.5, 12.25), options('en'))).toBe(
      'The balance is too low: 0.50 Credit available, 12.25 asked',
    );
    expect(problemText(tooLow('coins', 100, 500), options('en'))).toBe(
      'The balance is too low: 100 Coins available, 500 asked',
    );
    expect(problemText(tooLow('credit', 0.5, 12.25), options('ru'))).toBe(
      'Недостаточно на балансе «Кредит»: доступно 0,50, запрошено 12,25',
    );
  });

  it('gives amounts of the currency a refusal is about (amountsIn) that currency’s decimals, and only those', () => {
    const negative: ProblemMessage = {
      code: 'BATCH_LINE_NEGATIVE',
      params: { balance: 5, total: -7.5 },
      message: '',
      amountsIn: 'credit',
    };
    expect(problemText(negative, options('ru'))).toBe(
      'Баланс ушёл бы в минус: на балансе 5,00, по файлу -7,50',
    );
    const decimals: ProblemMessage = {
      code: 'AMOUNT_DECIMALS',
      params: { max: 2 },
      message: '',
      amountsIn: 'credit',
    };
    expect(problemText(decimals, options('ru'))).toBe('Не больше 2 знаков после запятой');
  });

  it('keeps the decimals a plain number has, in the language’s digits', () => {
    const range: ProblemMessage = { code: 'NUMBER_RANGE', params: { min: 0.01, max: 1e12 }, message: '' };
    expect(problemText(range, options('en'))).toBe('A number from 0.01 to 1,000,000,000,000');
    expect(problemText(range, options('fa'))).toBe('عددی از ۰٫۰۱ تا ۱٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰');
  });

  it('states a size the API writes in megabytes in the language’s digits and unit', () => {
    const tooLarge: ProblemMessage = {
      code: 'BODY_TOO_LARGE',
      params: { max: '512 MB' },
      message: 'The request body is larger than 512 MB',
    };
    expect(problemText(tooLarge, options('en'))).toBe('The request body is larger than 512 MB');
    expect(problemText(tooLarge, options('ru'))).toBe('Тело запроса больше 512 МБ');
    expect(problemText(tooLarge, options('fa'))).toBe('بدنهٔ درخواست بزرگ‌تر از ۵۱۲ مگابایت است');
    const fraction = { ...tooLarge, params: { max: '1.5 MB' } };
    expect(problemText(fraction, options('ru'))).toBe('Тело запроса больше 1,5 МБ');
    // Anything else is shown as it came.
    const other = { ...tooLarge, params: { max: 'a lot' } };
    expect(problemText(other, options('fa'))).toBe('بدنهٔ درخواست بزرگ‌تر از a lot است');
  });

  it('names a filter field’s kind in the language and shows lists as they came', () => {
    const mismatch: ProblemMessage = {
      code: 'FILTER_OPERATOR_MISMATCH',
      params: { operator: 'contains', kind: 'number', field: 'age', operators: 'eq, neq, gt' },
      message: '',
    };
    expect(problemText(mismatch, options('ru'))).toBe(
      'Условие «contains» не подходит к полю «age» (число); доступны: eq, neq, gt',
    );
    expect(problemText(mismatch, options('en'))).toBe(
      '"contains" does not fit number field "age"; use one of eq, neq, gt',
    );
  });

  it('names the identifier an import matches customers on in the language, and any other target as it came', () => {
    const unknown = (target: string): ProblemMessage => ({
      code: 'IMPORT_ROW_CUSTOMER_UNKNOWN',
      params: { target },
      message: '',
    });
    expect(problemText(unknown('mobile'), options('fa'))).toBe('هیچ مشتری‌ای این موبایل را ندارد');
    expect(problemText(unknown('cardNumber'), options('ru'))).toBe(
      'Нет клиента с таким значением «Номер карты»',
    );
    expect(problemText(unknown('externalId'), options('en'))).toBe('No customer has this external ID');
    expect(problemText(unknown('loyaltyCode'), options('en'))).toBe('No customer has this loyaltyCode');
  });

  it('leaves out what translations do not need (what was sent, in English)', () => {
    const phone: ProblemMessage = {
      code: 'VALUE_NOT_PHONE',
      params: { got: '"12"' },
      message: 'Not a valid phone number: "12"',
    };
    expect(problemText(phone, options('en'))).toBe('Not a valid phone number: "12"');
    expect(problemText(phone, options('fa'))).toBe('شماره تلفن معتبر نیست');
  });

  it('reads a code it does not know (a plugin’s, a newer server’s) as the server’s English', () => {
    const plugin: ProblemMessage = {
      code: 'VOUCHER_EXPIRED',
      params: { days: 3 },
      message: 'The voucher expired 3 days ago',
    };
    expect(problemText(plugin, options('fa'))).toBe('The voucher expired 3 days ago');
    expect(problemText({ message: 'Something broke' }, options('ru'))).toBe('Something broke');
  });

  it('translates the SPA’s own keys when nothing was refused', () => {
    expect(problemText({ message: 'ra.notification.http_error' }, options('en'))).toBe(
      'Server communication error',
    );
  });

  it('shows a currency the workspace does not know by its key', () => {
    const unknown: ProblemMessage = {
      code: 'CURRENCY_UNKNOWN',
      params: { currency: 'gems', known: 'coins' },
      message: '',
    };
    expect(problemText(unknown, options('ru'))).toBe('Валюты «gems» нет');
  });

  it('says a moment the server sends (a lost card reported at) as its day in the reader’s calendar', () => {
    const days: string[] = [];
    const lost: ProblemMessage = {
      code: 'CARD_LOST',
      params: { reportedAt: '2026-12-05T10:00:00.000Z' },
      message: 'This card was reported lost on 2026-12-05T10:00:00.000Z: ask the customer for their new card',
    };
    const text = problemText(lost, {
      ...options('en'),
      formatDate: (day) => {
        days.push(day);
        return `<${day}>`;
      },
    });
    // The day on this machine's clock: 10:00 UTC is 5 December from UTC-10 to UTC+13.
    expect(days).toEqual(['2026-12-05']);
    expect(text).toBe('This card was reported lost on <2026-12-05>: ask the customer for their new card');
    // Without a calendar at hand, as sent.
    expect(problemText(lost, options('en'))).toContain('2026-12-05T10:00:00.000Z');
  });
});
