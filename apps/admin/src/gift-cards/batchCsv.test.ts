import { describe, expect, it } from 'vitest';
import { batchCsv } from './batchCsv';

describe('batchCsv', () => {
  it('writes one line per code with the batch’s value, currency, day and note', () => {
    const { fileName, content } = batchCsv({
      number: 7,
      currency: 'credit',
      value: 25.5,
      redeemBy: '2027-03-20T20:29:59.999Z',
      note: 'Nowruz, 1405',
      codes: ['ABCD-EFGH-JKLM', '2345-6789-NPQR'],
    });
    expect(fileName).toBe('gift-cards-batch-7.csv');
    expect(content).toBe(
      '\uFEFFcode,value,currency,redeem_by,note\r\n' +
        'ABCD-EFGH-JKLM,25.5,credit,2027-03-20,"Nowruz, 1405"\r\n' +
        '2345-6789-NPQR,25.5,credit,2027-03-20,"Nowruz, 1405"\r\n',
    );
  });
});
