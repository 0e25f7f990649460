import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { badInput } from '../problems/testing';
import { COINS, CREDIT, scriptGraphql } from '../testing/graphql';
import { renderInAdmin, textUnder } from '../testing/renderInAdmin';
import { AdjustBalanceDialog } from './AdjustBalanceDialog';

const BALANCES = [
  { __typename: 'Balance' as const, amount: 100, value: 100, currency: COINS },
  { __typename: 'Balance' as const, amount: 12.5, value: 12.5, currency: CREDIT },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DONE = {
  data: { adjustBalance: { __typename: 'LedgerOperation', id: 'op-1', amount: -40, balanceAfter: 60 } },
};

async function open(options: Parameters<typeof renderInAdmin>[1] = {}) {
  const onDone = vi.fn();
  const onClose = vi.fn();
  const view = await renderInAdmin(
    <AdjustBalanceDialog open customerId="c-1" balances={BALANCES} onClose={onClose} onDone={onDone} />,
    options,
  );
  return { ...view, onDone, onClose };
}

describe('adjusting a balance', () => {
  it('sends a subtraction as a negative amount in the picked currency, with its reason and comment', async () => {
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS, CREDIT] } },
      AdjustBalance: DONE,
    });
    const { user, onDone, onClose } = await open();

    const amount = screen.getByTestId('adjust-amount');
    // The first spendable currency is picked, and its balance shown under the amount.
    expect(textUnder(amount)).toBe('Balance now: 100');
    await user.click(screen.getByTestId('adjust-subtract'));
    await user.type(amount, '40');
    await user.type(screen.getByTestId('adjust-reason'), 'Damaged goods');
    await user.type(screen.getByTestId('adjust-comment'), 'Till 3');
    await user.click(screen.getByTestId('adjust-submit'));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(api.sentAs('AdjustBalance').map((s) => s.variables)).toEqual([
      {
        input: {
          customerId: 'c-1',
          currency: 'coins',
          amount: -40,
          reason: 'Damaged goods',
          comment: 'Till 3',
          // A subtraction has no expiry.
          expiresAt: null,
          idempotencyKey: expect.stringMatching(UUID),
        },
      },
    ]);
  });

  it('checks the amount against the currency’s decimals and asks for a reason before sending anything', async () => {
    const api = await scriptGraphql({ Currencies: { data: { currencies: [COINS, CREDIT] } } });
    const { user } = await open();

    const amount = screen.getByTestId('adjust-amount');
    await user.type(amount, '12.5');
    await user.click(screen.getByTestId('adjust-submit'));

    await waitFor(() => expect(textUnder(amount)).toBe('This currency takes whole amounts only'));
    expect(textUnder(screen.getByTestId('adjust-reason'))).toBe('Required');
    await user.clear(amount);
    await user.type(amount, '0');
    await waitFor(() => expect(textUnder(amount)).toBe('Enter an amount greater than zero'));
    expect(api.sentAs('AdjustBalance')).toEqual([]);
  });

  it('shows the server’s refusal in Russian under the amount, and a retry reuses the idempotency key', async () => {
    let attempt = 0;
    const refuseFirst = () =>
      ++attempt === 1
        ? {
            errors: [
              badInput(
                [['input', 'amount'], 'BALANCE_TOO_LOW', { available: 100, asked: 400, currency: 'coins' }],
                [['input', 'customerId'], 'CUSTOMER_INACTIVE'],
              ),
            ],
          }
        : DONE;
    const api = await scriptGraphql({
      Currencies: { data: { currencies: [COINS, CREDIT] } },
      AdjustBalance: refuseFirst,
    });
    const { user, onDone } = await open({ locale: 'ru' });

    await user.click(screen.getByTestId('adjust-subtract'));
    const amount = screen.getByTestId('adjust-amount');
    await user.type(amount, '400');
    await user.type(screen.getByTestId('adjust-reason'), 'Списание');
    await user.click(screen.getByTestId('adjust-submit'));

    await waitFor(() =>
      expect(textUnder(amount)).toBe('Недостаточно на балансе «Монеты»: доступно 100, запрошено 400'),
    );
    // What belongs to no input of the form stands above the buttons.
    expect(screen.getByTestId('adjust-error').textContent).toBe(
      'Клиент неактивен: неактивным клиентам ничего не начисляется и не списывается',
    );
    expect(onDone).not.toHaveBeenCalled();

    await user.clear(amount);
    await user.type(amount, '40');
    await user.click(screen.getByTestId('adjust-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    const [first, second] = api
      .sentAs('AdjustBalance')
      .map((s) => s.variables.input as { idempotencyKey: string });
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
  });
});
