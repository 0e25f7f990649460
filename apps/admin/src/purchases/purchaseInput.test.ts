import { describe, expect, it } from 'vitest';
import { purchaseInput } from './purchaseInput';

describe('purchaseInput', () => {
  it('reads Persian digits, drops empty spends, and maps each spend back to its currency box', () => {
    const { input, inputOf } = purchaseInput(
      {
        amount: '۱۲۰٫۵۰',
        paymentStatus: 'PAID',
        spend: { coins: '', credit: '۲۰' },
        items: [{ name: 'Latte', quantity: '2', price: '3.5' }, { name: '' }],
      },
      'fa',
      'c1',
      'k1',
      '2026-11-23',
    );
    expect(input).toMatchObject({
      customerId: 'c1',
      amount: 120.5,
      spend: [{ currency: 'credit', amount: 20 }],
      items: [{ name: 'Latte', sku: null, quantity: 2, price: 3.5 }],
      purchasedAt: null,
      idempotencyKey: 'k1',
    });
    expect(inputOf['spend.0.amount']).toBe('spend.credit');
  });

  it('sends a past day as its noon and today as now', () => {
    const past = purchaseInput(
      { amount: '1', paymentStatus: 'PAID', purchasedOn: '2026-11-20' },
      'en',
      'c',
      'k',
      '2026-11-23',
    );
    expect(new Date(past.input.purchasedAt ?? '').getHours()).toBe(12);
    const today = purchaseInput(
      { amount: '1', paymentStatus: 'PAID', purchasedOn: '2026-11-23' },
      'en',
      'c',
      'k',
      '2026-11-23',
    );
    expect(today.input.purchasedAt).toBeNull();
  });
});
