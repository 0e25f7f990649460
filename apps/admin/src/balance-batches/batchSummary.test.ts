import { describe, expect, it } from 'vitest';
import { problemText } from '../problems/problemText';
import { translatorFor } from '../problems/testing';
import { batchInput, countLines, formFieldOf } from './batchInput';
import {
  type Batch,
  canConfirm,
  lineDetail,
  nextAfterLine,
  problemKey,
  progressPercent,
  summaryRows,
} from './batchSummary';

const batch = (over: Partial<Batch> = {}): Batch => ({
  id: 'b1',
  status: 'PREVIEW',
  currency: 'coins',
  identifier: 'MOBILE',
  totalLines: 5,
  matched: 2,
  unmatched: 1,
  invalid: 1,
  inactive: 0,
  wouldGoNegative: 0,
  tooLow: 0,
  applied: 0,
  ...over,
});

describe('summaryRows', () => {
  it('counts every line read, those to apply, then each problem that has lines', () => {
    expect(summaryRows(batch())).toEqual([
      { key: 'patron.balanceBatches.summary.lines', count: 4, tone: 'neutral' },
      { key: 'patron.balanceBatches.summary.toApply', count: 2, tone: 'good' },
      { key: 'patron.balanceBatches.summary.unmatched', count: 1, tone: 'bad' },
      { key: 'patron.balanceBatches.summary.invalid', count: 1, tone: 'bad' },
    ]);
  });

  it('shows "to apply" at zero as bad, and inactive and negative lines when there are some', () => {
    const rows = summaryRows(
      batch({ matched: 0, unmatched: 0, invalid: 0, inactive: 3, wouldGoNegative: 2 }),
    );
    expect(rows.map((r) => [r.key.split('.').pop(), r.count, r.tone])).toEqual([
      ['lines', 5, 'neutral'],
      ['toApply', 0, 'bad'],
      ['inactive', 3, 'bad'],
      ['wouldGoNegative', 2, 'bad'],
    ]);
  });
});

describe('problemKey', () => {
  it.each(['UNMATCHED', 'INVALID', 'INACTIVE', 'NEGATIVE', 'TOO_LOW'])('names %s', (code) => {
    expect(problemKey(code)).toBe(`patron.balanceBatches.problems.${code}`);
  });
  it('reads an unknown code as another problem', () => {
    expect(problemKey('SOMETHING_NEW')).toBe('patron.balanceBatches.problems.other');
  });
});

describe('lineDetail', () => {
  const text = (locale: 'en' | 'ru' | 'fa', line: Parameters<typeof lineDetail>[0]) => {
    const detail = lineDetail(line, 'credit');
    if (!detail || !('problem' in detail)) return detail;
    return problemText(detail.problem, {
      translate: translatorFor(locale),
      locale,
      currencyDecimals: (key) => (key === 'credit' ? 2 : undefined),
    });
  };

  it('translates a line’s problem by its code', () => {
    const unmatched = {
      problem: 'UNMATCHED',
      detail: 'No customer with this identifier',
      detailProblem: { code: 'BATCH_LINE_UNMATCHED' as const, params: {} },
    };
    expect(text('ru', unmatched)).toBe('Нет клиента с таким идентификатором');
    expect(text('fa', unmatched)).toBe('مشتری‌ای با این شناسه نیست');
    const phone = {
      problem: 'INVALID',
      detail: 'Not a phone number',
      detailProblem: { code: 'BATCH_LINE_NOT_A_PHONE' as const, params: {} },
    };
    expect(text('ru', phone)).toBe('Это не номер телефона');
    const decimals = {
      problem: 'INVALID',
      detail: 'At most 2 decimal places',
      detailProblem: { code: 'AMOUNT_DECIMALS' as const, params: { max: 2 } },
    };
    expect(text('fa', decimals)).toBe('حداکثر ۲ رقم اعشار');
  });

  it('states the amounts of a line that would go negative in the batch’s currency', () => {
    const negative = {
      problem: 'NEGATIVE',
      detail: 'The balance would go negative: 5 + (-10.5)',
      detailProblem: { code: 'BATCH_LINE_NEGATIVE' as const, params: { balance: 5, total: -10.5 } },
    };
    expect(text('en', negative)).toBe('The balance would go negative: 5.00 + (-10.50)');
    expect(text('ru', negative)).toBe('Баланс ушёл бы в минус: на балансе 5,00, по файлу -10,50');
    expect(text('fa', negative)).toMatch(/^موجودی منفی می‌شود: موجودی ۵٫۰۰ است و جمع این فایل .*۱۰٫۵۰$/);
  });

  it('does not repeat under an inactive customer’s line what its problem’s name says', () => {
    const inactive = {
      problem: 'INACTIVE',
      detail: 'The customer is inactive',
      detailProblem: { code: 'BATCH_LINE_INACTIVE' as const, params: {} },
    };
    expect(lineDetail(inactive, 'credit')).toBeNull();
  });

  it('says the detail of a line written before lines had codes as sent, even in the catalogue’s words', () => {
    expect(
      lineDetail({ problem: 'INVALID', detail: 'Not a phone number', detailProblem: null }, 'credit'),
    ).toEqual({
      asSent: 'Not a phone number',
    });
    expect(lineDetail({ problem: 'INVALID', detail: null, detailProblem: null }, 'credit')).toBeNull();
  });
});

describe('confirming and progress', () => {
  it('confirms only a preview with lines to apply', () => {
    expect(canConfirm(batch())).toBe(true);
    expect(canConfirm(batch({ matched: 0 }))).toBe(false);
    expect(canConfirm(batch({ status: 'APPLYING' }))).toBe(false);
  });
  it('counts refused lines as done and is full once done', () => {
    expect(progressPercent(batch({ status: 'APPLYING', matched: 10000, applied: 5000 }))).toBe(50);
    expect(progressPercent(batch({ status: 'APPLYING', matched: 3, tooLow: 1, applied: 1 }))).toBe(50);
    expect(progressPercent(batch({ status: 'APPLYING', matched: 0 }))).toBe(0);
    expect(progressPercent(batch({ status: 'DONE', matched: 0 }))).toBe(100);
  });
  it('pages problem lines after the last one shown until a page comes back short', () => {
    const lines = [3, 7].map((line) => ({ line, identifier: 'x', amount: 1, problem: 'INVALID' }));
    expect(nextAfterLine(lines, 2, 2)).toBe(7);
    expect(nextAfterLine(lines, 1, 2)).toBeNull();
    expect(nextAfterLine([], 0, 2)).toBeNull();
  });
});

describe('batchInput', () => {
  const base = {
    currency: 'coins',
    identifier: 'MOBILE' as const,
    direction: 'add' as const,
    reason: 'Gift',
  };
  it('sends a file with its identifier column and the typed amount in Latin digits', () => {
    expect(
      batchInput(
        { ...base, source: 'file', file: { name: 'a.csv', text: 'm\n1' }, amount: '۱۲', comment: '' },
        'fa',
      ),
    ).toEqual({
      currency: 'coins',
      csv: 'm\n1',
      identifier: 'MOBILE',
      amount: 12,
      reason: 'Gift',
      comment: null,
      expiresAt: null,
    });
  });
  it('names an uploaded file by its id instead of sending its text', () => {
    const input = batchInput({ ...base, source: 'file', file: { name: 'a.csv', text: 'm\n1' } }, 'en', 'f-1');
    expect(input).toMatchObject({ fileId: 'f-1', identifier: 'MOBILE' });
    expect(input).not.toHaveProperty('csv');
    expect(formFieldOf('fileId', 'file')).toBe('file');
  });
  it('sends a segment with a subtracted amount and never an expiry for a subtraction', () => {
    const input = batchInput(
      {
        ...base,
        source: 'segment',
        segmentId: 's1',
        direction: 'subtract',
        amount: '5',
        expiresOn: '2099-01-01',
      },
      'en',
    );
    expect(input).toMatchObject({ segmentId: 's1', amount: -5, expiresAt: null });
    expect(input).not.toHaveProperty('csv');
  });
  it('counts a file’s non-empty lines', () => {
    expect(countLines('mobile,amount\r\n1,2\n\n3,4\n')).toBe(3);
  });
  it('puts the server’s field under the form’s input', () => {
    expect(formFieldOf('csv', 'file')).toBe('file');
    expect(formFieldOf('csv', 'segment')).toBe('segmentId');
    expect(formFieldOf('expiresAt', 'file')).toBe('expiresOn');
    expect(formFieldOf('amount', 'file')).toBe('amount');
  });
});
