import { describe, expect, it } from 'vitest';
import { serverMessage } from '../loyalty/serverMessages';
import { purchaseMessages } from './messages';

describe('purchase refusals', () => {
  it('are read from the server’s wording, with their numbers', () => {
    expect(serverMessage('At most 15.00 of this invoice can be paid with balances (50%)')).toEqual({
      key: 'patron.loyalty.errors.spendCapInvoice',
      params: { max: '15.00', percent: '50' },
    });
    expect(
      serverMessage('At most 200.00 a day can be paid with balances; 150.00 already used on 2026-11-23'),
    ).toEqual({
      key: 'patron.loyalty.errors.spendCapDay',
      params: { max: '200.00', used: '150.00' },
    });
    expect(serverMessage('At most 12.50 is left to return')).toEqual({
      key: 'patron.loyalty.errors.returnLeft',
      params: { left: '12.50' },
    });
  });

  it('have a text in every language for every refusal they map to', () => {
    for (const key of ['spendCapInvoice', 'spendCapDay', 'returnLeft', 'returnedInFull', 'futurePurchase'])
      for (const lang of ['en', 'ru', 'fa'] as const)
        expect(purchaseMessages[lang].patron.loyalty.errors[key as 'returnLeft']).toBeTruthy();
  });
});
