import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { badInput } from '../problems/testing';
import { COINS, CREDIT, scriptGraphql } from '../testing/graphql';
import { renderInAdmin, textUnder } from '../testing/renderInAdmin';
import { RecordPurchaseDialog } from './RecordPurchaseDialog';

const BALANCES = [
  { __typename: 'Balance' as const, amount: 100, value: 100, currency: COINS },
  { __typename: 'Balance' as const, amount: 12.5, value: 12.5, currency: CREDIT },
];
const RECORDED = {
  data: {
    recordPurchase: {
      __typename: 'Purchase',
      id: 'p-1',
      invoiceNumber: 'INV-7',
      amount: 120.5,
      spentValue: 20,
      paidAmount: 100.5,
      branch: null,
      paymentStatus: 'PENDING',
      purchasedAt: '2026-03-01T10:00:00.000Z',
      returnedAmount: 0,
      items: [],
      ledger: [],
      actor: { __typename: 'Actor', kind: 'staff', name: 'Mina' },
    },
  },
};

/** Opened from the customer's card, as in the admin. */
async function open(options: Parameters<typeof renderInAdmin>[1] = {}) {
  const onDone = vi.fn();
  const view = await renderInAdmin(
    <RecordPurchaseDialog open customerId="c-1" balances={BALANCES} onClose={() => {}} onDone={onDone} />,
    { resource: 'customers', ...options },
  );
  return { ...view, onDone };
}

describe('recording a purchase', () => {
  it('sends the total, the payment status, the balances used and the items as numbers', async () => {
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS, CREDIT] } },
      RecordPurchase: RECORDED,
    });
    const { user, onDone } = await open();

    await user.type(screen.getByTestId('purchase-amount'), '1,120.50');
    await user.type(screen.getByTestId('purchase-invoice'), 'INV-7');
    await user.click(screen.getByRole('combobox', { name: /Payment/ }));
    await user.click(await screen.findByRole('option', { name: 'Pending' }));
    await user.type(screen.getByTestId('purchase-spend-coins'), '20');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const item = screen.getByRole('listitem');
    await user.type(within(item).getByLabelText('Item'), 'Coffee');
    await user.type(within(item).getByLabelText('Qty'), '2');
    await user.type(within(item).getByLabelText('Price'), '3.50');
    await user.click(screen.getByTestId('purchase-submit'));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(api.sentAs('RecordPurchase').map((s) => s.variables)).toEqual([
      {
        input: {
          customerId: 'c-1',
          amount: 1120.5,
          invoiceNumber: 'INV-7',
          branch: null,
          // No day picked: now.
          purchasedAt: null,
          paymentStatus: 'PENDING',
          // A balance left empty is not sent.
          spend: [{ currency: 'coins', amount: 20 }],
          items: [{ name: 'Coffee', sku: null, quantity: 2, price: 3.5 }],
          idempotencyKey: expect.any(String),
        },
      },
    ]);
  });

  it('asks for a total and checks every amount against its decimals before sending', async () => {
    const api = await scriptGraphql({ Currencies: { data: { currencies: [COINS, CREDIT] } } });
    const { user } = await open();

    await user.type(screen.getByTestId('purchase-spend-coins'), '1.5');
    await user.type(screen.getByTestId('purchase-spend-credit'), '0.125');
    await user.click(screen.getByTestId('purchase-submit'));

    await waitFor(() => expect(textUnder(screen.getByTestId('purchase-amount'))).toBe('Required'));
    expect(textUnder(screen.getByTestId('purchase-spend-coins'))).toBe(
      'This currency takes whole amounts only',
    );
    expect(textUnder(screen.getByTestId('purchase-spend-credit'))).toBe('At most 2 decimal places');
    await user.type(screen.getByTestId('purchase-amount'), '12,5');
    // In English a comma separates thousands only: "12,5" is not read as 125.
    await waitFor(() =>
      expect(textUnder(screen.getByTestId('purchase-amount'))).toBe('Enter an amount greater than zero'),
    );
    expect(api.sentAs('RecordPurchase')).toEqual([]);
  });

  it('reads Persian digits, and shows a refusal of a balance used under that balance, in Persian', async () => {
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS, CREDIT] } },
      RecordPurchase: {
        errors: [badInput([['input', 'spend', 0, 'amount'], 'SPEND_OVER_INVOICE', { value: '150.00' }])],
      },
    });
    const { user, onDone } = await open({ locale: 'fa' });

    await user.type(screen.getByTestId('purchase-amount'), '۱۲۰٫۵');
    await user.type(screen.getByTestId('purchase-spend-credit'), '۱۰');
    await user.click(screen.getByTestId('purchase-submit'));

    const credit = screen.getByTestId('purchase-spend-credit');
    await waitFor(() =>
      expect(textUnder(credit)).toBe('ارزش موجودی استفاده‌شده (۱۵۰٫۰۰) بیشتر از مبلغ فاکتور است'),
    );
    // The other balance keeps its hint.
    expect(textUnder(screen.getByTestId('purchase-spend-coins'))).toMatch(/۱۰۰/);
    expect(onDone).not.toHaveBeenCalled();
    const [sent] = api.sentAs('RecordPurchase');
    expect(sent?.variables.input).toMatchObject({
      amount: 120.5,
      spend: [{ currency: 'credit', amount: 10 }],
    });
  });

  it('shows the amounts typed in Persian digits, in the page direction, and sends them exactly', async () => {
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS, CREDIT] } },
      RecordPurchase: RECORDED,
    });
    const { user, onDone } = await open({ locale: 'fa' });
    const amount = screen.getByTestId('purchase-amount') as HTMLInputElement;
    const credit = screen.getByTestId('purchase-spend-credit') as HTMLInputElement;

    await user.type(amount, '30.25');
    await user.type(credit, '20');
    expect(amount.value).toBe('۳۰٫۲۵');
    expect(credit.value).toBe('۲۰');
    expect(amount.getAttribute('dir')).toBeNull();
    expect(credit.getAttribute('dir')).toBeNull();
    await user.click(screen.getByTestId('purchase-submit'));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(api.sentAs('RecordPurchase')[0]?.variables.input).toMatchObject({
      amount: 30.25,
      spend: [{ currency: 'credit', amount: 20 }],
    });
  });

  it('shows a typed decimal point as a comma in Russian', async () => {
    await scriptGraphql({ Currencies: { data: { currencies: [COINS, CREDIT] } } });
    const { user } = await open({ locale: 'ru' });
    const amount = screen.getByTestId('purchase-amount') as HTMLInputElement;

    await user.type(amount, '12.5');
    expect(amount.value).toBe('12,5');
  });
});
